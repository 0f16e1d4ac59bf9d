/**
 * Internal. Plugins on a running host: install, update, enable, disable and unload without a restart, retiring
 * old snapshots once their calls end, and the config file watcher.
 */
package dev.salescycle.host.lifecycle;
