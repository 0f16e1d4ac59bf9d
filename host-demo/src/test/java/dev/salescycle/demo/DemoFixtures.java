package dev.salescycle.demo;

import java.nio.file.Path;

/** Where the tests find what the build prepared for them. */
final class DemoFixtures {

    private DemoFixtures() {
    }

    /** @return the bundled plugin zips copied by the build (maven-dependency-plugin) */
    static Path pluginsDir() {
        return Path.of(System.getProperty("demo.plugins.dir", "target/plugins")).toAbsolutePath();
    }
}
