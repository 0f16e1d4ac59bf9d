package dev.salescycle.host.config;

/**
 * An operator config that cannot be used. The message names the file, the line, the field and what was
 * expected, for example {@code shops.demo-coffee.plugins[2].settings.maxItems: expected integer 1..50, got "lots" (config.yaml line 31)}.
 */
public final class ConfigException extends RuntimeException {

    private final String field;

    public ConfigException(String message) {
        this(message, (String) null);
    }

    /** @param field the config path at fault, such as {@code shops.demo.experiments[0].variants[1].weight} */
    public ConfigException(String message, String field) {
        super(message);
        this.field = field;
    }

    public ConfigException(String message, Throwable cause) {
        super(message, cause);
        this.field = null;
    }

    /** The config path at fault, or null when the message is not about one field. */
    public String field() {
        return field;
    }
}
