package dev.salescycle.demo;

import dev.salescycle.host.config.ConfigException;
import dev.salescycle.host.config.ConfigLoader;
import dev.salescycle.host.config.HostConfig;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The checks made before the host is built, so the usual mistakes (a wrong path, a config that
 * does not parse) get a short message instead of a failure deep inside the host.
 *
 * @param config     the config file to start with
 * @param port       the port the host will listen on
 * @param parsed     the config as loaded, with the secrets of this run
 */
record PreparedStart(Path config, int port, HostConfig parsed) {

    /** @param environment where {@code ${NAME}} in the config is looked up */
    static PreparedStart check(DemoSettings settings, java.util.function.UnaryOperator<String> environment)
            throws DemoStartupException {
        requireInputs(settings);
        try {
            Files.createDirectories(settings.dataDir());
        } catch (IOException e) {
            String reason = e instanceof AccessDeniedException ? "permission denied" : e.getMessage();
            throw new DemoStartupException("Cannot create the data folder " + settings.dataDir() + ": " + reason);
        }
        Path config = settings.config() != null ? settings.config() : BundledConfig.writeTo(settings.dataDir());
        HostConfig parsed;
        try {
            parsed = new ConfigLoader(environment).load(config);
        } catch (ConfigException e) {
            throw new DemoStartupException("Config error: " + e.getMessage());
        }
        int port = settings.port() != null ? settings.port() : parsed.host().port();
        return new PreparedStart(config, port, parsed);
    }

    private static void requireInputs(DemoSettings settings) throws DemoStartupException {
        if (!Files.isDirectory(settings.pluginsDir())) {
            throw new DemoStartupException("Plugins folder not found: " + settings.pluginsDir()
                    + ". Pass --plugins DIR with the folder that holds the plugin zips and jars.");
        }
        if (settings.config() != null && !Files.isRegularFile(settings.config())) {
            throw new DemoStartupException("Config file not found: " + settings.config()
                    + ". Pass --config FILE, or leave it out to use the bundled sample config.");
        }
    }
}
