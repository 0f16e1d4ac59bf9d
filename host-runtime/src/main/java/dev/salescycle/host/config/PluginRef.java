package dev.salescycle.host.config;

import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A plugin enabled for a shop.
 *
 * @param id the plugin id
 * @param settings the raw settings as written, validated later against the plugin's specs
 * @param budget the time budget of one call of this plugin in this shop
 * @param sha256 the expected SHA-256 of the plugin's file (hex), or null not to check it
 * @param path the config path of this entry, for messages, such as {@code shops.demo-coffee.plugins[2]}
 * @param locator tells the file and line of a config path, for messages
 */
public record PluginRef(String id, Map<String, Object> settings, Duration budget, String sha256, String path,
                        Locator locator) {

    /** Words a problem with a config path, naming the field first and then the file and line it is on. */
    @FunctionalInterface
    public interface Locator {
        String problem(String path, String message);
    }

    public PluginRef {
        settings = settings == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(settings));
        locator = locator == null ? (p, m) -> p + ": " + m : locator;
    }

    /** A message for a problem with one of this entry's settings, naming file, line and field. */
    public String settingProblem(String setting, String message) {
        String field = path + ".settings." + setting;
        return locator.problem(field, message);
    }
}
