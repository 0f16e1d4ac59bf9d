package dev.salescycle.sdk.settings;

/**
 * The type of a plugin setting, as written in the operator's YAML. The host is strict: a STRING setting
 * takes text only (write {@code "42"} in quotes, not {@code 42}), INTEGER a whole number, BOOLEAN
 * {@code true} or {@code false} unquoted, and list elements of STRING_LIST text only. Declared defaults are
 * written as text and read as the type.
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
    STRUCTURE,
    /**
     * An amount of money in the shop's currency, read as {@link dev.salescycle.sdk.model.Money} with
     * {@link Settings#money(String)}. At most the currency's minor digits: {@code "2.50"} for EUR, but
     * {@code "2.555"} is refused rather than rounded. Write it quoted.
     *
     * @since 1.1.0
     */
    MONEY
}
