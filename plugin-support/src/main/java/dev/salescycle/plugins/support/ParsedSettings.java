package dev.salescycle.plugins.support;

import dev.salescycle.sdk.PluginContext;
import dev.salescycle.sdk.settings.Settings;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * A plugin's settings parsed once per shop, and again only when the host hands over a different settings
 * object (a live reconfiguration). The last few settings objects of a shop stay parsed, so that a shop's
 * experiment that runs the plugin with two settings does not parse on every call. For hooks on the cart path,
 * where parsing on every call shows.
 *
 * @param <T> the plugin's parsed form of its settings
 * @since 1.0.0
 */
public final class ParsedSettings<T> {

    private record Entry<T>(Settings source, T parsed) {
    }

    /** How many settings objects of one shop stay parsed: an experiment runs one plugin with several settings. */
    private static final int KEPT_PER_SHOP = 4;

    private final Function<Settings, T> parser;
    private final ConcurrentHashMap<String, Entry<T>[]> byShop = new ConcurrentHashMap<>();

    /**
     * @param parser reads the settings; may throw on values the host cannot check, and is asked again then
     */
    public ParsedSettings(Function<Settings, T> parser) {
        this.parser = Objects.requireNonNull(parser, "parser");
    }

    /** The calling shop's settings, parsed. */
    public T get(PluginContext context) {
        Settings settings = context.settings();
        Entry<T>[] entries = byShop.get(context.shopId());
        if (entries != null) {
            for (Entry<T> entry : entries) {
                if (entry.source() == settings) {
                    return entry.parsed();
                }
            }
        }
        T parsed = parser.apply(settings);
        int kept = entries == null ? 0 : Math.min(entries.length, KEPT_PER_SHOP - 1);
        @SuppressWarnings("unchecked")
        Entry<T>[] next = new Entry[kept + 1];
        next[0] = new Entry<>(settings, parsed);
        if (kept > 0) {
            System.arraycopy(entries, 0, next, 1, kept);
        }
        byShop.put(context.shopId(), next);
        return parsed;
    }
}
