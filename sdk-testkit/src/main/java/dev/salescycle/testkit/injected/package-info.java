/**
 * Tests the build runs for every plugin without the plugin writing them, like the injected tests of a
 * Jenkins plugin parent pom. Not for direct use.
 */
package dev.salescycle.testkit.injected;
