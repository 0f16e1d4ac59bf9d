package dev.salescycle.host.config;

/**
 * An operator config that cannot be used. The message names the file, the line, the field and what was
 * expected, for example {@code shops.demo-coffee.plugins[2].settings.maxItems: expected integer 1..50, got "lots" (config.yaml line 31)}.
 */
public final class ConfigException extends RuntimeException {

    public ConfigException(String message) {
        super(message);
    }

    public ConfigException(String message, Throwable cause) {
        super(message, cause);
    }
}
