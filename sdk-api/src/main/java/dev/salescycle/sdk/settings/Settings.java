package dev.salescycle.sdk.settings;

import dev.salescycle.sdk.model.Money;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * A plugin's settings for one shop, already validated against its {@link SettingSpec}s, with declared
 * defaults applied. Reading an undeclared name or a name as the wrong type is a programming error
 * and throws {@link IllegalArgumentException}.
 *
 * <p>Settings belong to the plugin, not to one hook: every hook of a plugin sees the same settings, the
 * union of the specs all its hooks declare. A hook may read a setting only another hook of its plugin
 * declares; two hooks declaring the same name must give it the same type, or the host refuses the plugin.
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

    /**
     * The MONEY value in the shop's currency; throws if unset and without default.
     *
     * @throws UnsupportedOperationException from implementations older than SDK 1.1.0
     * @since 1.1.0
     */
    default Money money(String name) {
        throw new UnsupportedOperationException("MONEY settings need a host or test kit for SDK 1.1.0 or later");
    }
}
