package dev.salescycle.plugins.copurchase.rules;

import dev.salescycle.sdk.settings.Settings;
import java.util.concurrent.ConcurrentHashMap;

/** Parsed settings per shop, parsed again only when the host hands over a different settings object. */
public final class SettingsCache {

    private record Entry(Settings source, UpsellSettings parsed) {
    }

    private final ConcurrentHashMap<String, Entry> byShop = new ConcurrentHashMap<>();

    /** The shop's settings, parsed. */
    public UpsellSettings get(String shopId, Settings settings) {
        Entry entry = byShop.get(shopId);
        if (entry == null || entry.source() != settings) {
            entry = new Entry(settings, UpsellSettings.from(settings));
            byShop.put(shopId, entry);
        }
        return entry.parsed();
    }
}
