package dev.salescycle.plugins.support;

import dev.salescycle.sdk.PluginContext;
import dev.salescycle.sdk.settings.Settings;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * A plugin's settings parsed once per shop, and again only when the host hands over a different settings
 * object (a live reconfiguration). For hooks on the cart path, where parsing on every call shows.
 *
 * @param <T> the plugin's parsed form of its settings
 * @since 1.0.0
 */
public final class ParsedSettings<T> {

    private record Entry<T>(Settings source, T parsed) {
    }

    private final Function<Settings, T> parser;
    private final ConcurrentHashMap<String, Entry<T>> byShop = new ConcurrentHashMap<>();

    /**
     * @param parser reads the settings; may throw on values the host cannot check, and is asked again then
     */
    public ParsedSettings(Function<Settings, T> parser) {
        this.parser = Objects.requireNonNull(parser, "parser");
    }

    /** The calling shop's settings, parsed. */
    public T get(PluginContext context) {
        Settings settings = context.settings();
        Entry<T> entry = byShop.get(context.shopId());
        if (entry == null || entry.source() != settings) {
            entry = new Entry<>(settings, parser.apply(settings));
            byShop.put(context.shopId(), entry);
        }
        return entry.parsed();
    }
}
