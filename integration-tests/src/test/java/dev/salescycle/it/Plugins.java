package dev.salescycle.it;

import java.nio.file.Files;
import java.nio.file.Path;

/** The plugin files the reactor built, as copied into this module's target/plugins. */
public final class Plugins {

    static final String VERSION = "1.0.0-SNAPSHOT";

    private Plugins() {
    }

    public static Path zip(String id) {
        return file(id + "-" + VERSION + ".zip");
    }

    static Path jar(String id) {
        return file(id + "-" + VERSION + ".jar");
    }

    private static Path file(String name) {
        Path dir = Path.of(System.getProperty("salescycle.test.plugins", "target/plugins"));
        Path file = dir.resolve(name);
        if (!Files.isRegularFile(file)) {
            throw new IllegalStateException(file + " is missing: run the tests through Maven so the reactor builds the plugins");
        }
        return file;
    }
}
