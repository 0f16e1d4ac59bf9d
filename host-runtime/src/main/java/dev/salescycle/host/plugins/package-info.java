/**
 * Internal. Plugin files to loaded plugins: checks on the bytes before PF4J reads them (digest, zip entry names,
 * descriptor), PF4J's manager, and the problems reported for files that could not be loaded.
 */
package dev.salescycle.host.plugins;
