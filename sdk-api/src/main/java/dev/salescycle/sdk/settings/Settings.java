package dev.salescycle.sdk.settings;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * A plugin's settings for one shop, already validated against its {@link SettingSpec}s, with declared
 * defaults applied. Reading an undeclared name or a name as the wrong type is a programming error
 * and throws {@link IllegalArgumentException}.
 *
 * @since 1.0.0
 */
public interface Settings {

    /** The text value, or empty when unset and without default. */
    Optional<String> string(String name);

    /** The integer value; throws if unset and without default. */
    int integer(String name);

    /** The decimal value; throws if unset and without default. */
    BigDecimal decimal(String name);

    /** The boolean value; throws if unset and without default. */
    boolean bool(String name);

    /** The duration value; throws if unset and without default. */
    Duration duration(String name);

    /** The list value; empty when unset and without default. */
    List<String> stringList(String name);

    /** A STRUCTURE value as plain lists, maps and scalars, or empty when unset. */
    Optional<Object> structure(String name);
}
