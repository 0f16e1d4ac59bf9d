package dev.salescycle.host.lifecycle;

import dev.salescycle.host.config.ConfigLoader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Watches the config file and applies a valid change live; an invalid one is refused with the reason in the
 * log and in the admin API, and the running config stays. Polls the modification time, which works on
 * every file system (network mounts and container volumes included).
 */
public final class ConfigWatcher implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(ConfigWatcher.class);

    private final Path file;
    private final PluginLifecycle lifecycle;
    private final Duration interval;
    private final Thread thread;
    private final ConfigLoader loader;
    private volatile boolean stopped;
    private FileTime seen;

    /** @param loader reads the file, with the environment the host was started with */
    public ConfigWatcher(Path file, PluginLifecycle lifecycle, Duration interval, ConfigLoader loader) {
        this.loader = loader;
        this.file = file;
        this.lifecycle = lifecycle;
        this.interval = interval;
        this.seen = modified();
        this.thread = new Thread(this::loop, "salescycle-config-watcher");
        thread.setDaemon(true);
        thread.start();
    }

    private void loop() {
        while (!stopped) {
            try {
                Thread.sleep(interval.toMillis());
            } catch (InterruptedException e) {
                return;
            }
            FileTime now = modified();
            if (now != null && !now.equals(seen)) {
                seen = now;
                reload();
            }
        }
    }

    private void reload() {
        try {
            lifecycle.apply(loader.load(file));
        } catch (RuntimeException e) {
            lifecycle.refused(e.getMessage());
            LOG.error("The changed config was refused; the running config stays: {}", e.getMessage());
        }
    }

    private FileTime modified() {
        try {
            return Files.getLastModifiedTime(file);
        } catch (IOException e) {
            return null;
        }
    }

    @Override
    public void close() {
        stopped = true;
        thread.interrupt();
    }
}
