package dev.salescycle.testkit.injected;

import dev.salescycle.testkit.PluginSmokeTest;

/**
 * The smoke test every plugin gets without writing it: the plugin parent pom (and the archetype's pom) run this
 * class from the test kit jar with maven-failsafe-plugin once the plugin zip is packaged.
 *
 * @since 1.0.0
 */
public final class InjectedPluginSmokeIT extends PluginSmokeTest {
}
