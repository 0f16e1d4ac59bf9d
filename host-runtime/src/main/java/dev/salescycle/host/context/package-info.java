/**
 * Internal. What a plugin sees of the host: the SDK's {@code PluginContext}, order history, catalogue and plugin
 * state, backed by the store, with every store call guarded against the interrupts meant for late plugin calls.
 */
package dev.salescycle.host.context;
