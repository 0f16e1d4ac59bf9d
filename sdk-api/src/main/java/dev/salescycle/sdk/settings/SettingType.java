package dev.salescycle.sdk.settings;

/**
 * The type of a plugin setting, as written in the operator's YAML.
 *
 * @since 1.0.0
 */
public enum SettingType {
    /** Text. */
    STRING,
    /** A whole number. */
    INTEGER,
    /** A decimal number, read as {@link java.math.BigDecimal} (write money amounts as strings). */
    DECIMAL,
    /** {@code true} or {@code false}. */
    BOOLEAN,
    /** An ISO-8601 duration such as {@code P14D} or {@code PT30M}. */
    DURATION,
    /** A list of strings. */
    STRING_LIST,
    /** Any YAML structure (list or map), handed to the plugin as plain Java lists, maps and scalars. */
    STRUCTURE
}
