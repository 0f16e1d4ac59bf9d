/**
 * The checks every plugin must pass, run on the built plugin: {@link dev.salescycle.testkit.checks.PluginChecks}.
 */
package dev.salescycle.testkit.checks;
