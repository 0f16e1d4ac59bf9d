package dev.salescycle.plugins.thankyou;

import dev.salescycle.plugins.support.SettingChecks;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** A how-to link of the {@code links} setting. */
record Link(String title, String url) {

    private static final Set<String> FIELDS = Set.of("title", "url");

    /**
     * The links of the setting.
     *
     * @param raw the setting as the host handed it (a list of maps), or null when unset
     * @throws IllegalArgumentException naming the link and field that is wrong
     */
    static List<Link> parseAll(Object raw) {
        if (raw == null) {
            return List.of();
        }
        if (!(raw instanceof List<?> entries)) {
            throw new IllegalArgumentException(ThankYouSpecs.LINKS + ": expected a list such as [{title: Brewing guide, url: /guide}]");
        }
        List<Link> links = new ArrayList<>();
        for (int i = 0; i < entries.size(); i++) {
            links.add(parse(ThankYouSpecs.LINKS + "[" + i + "]", entries.get(i)));
        }
        return List.copyOf(links);
    }

    private static Link parse(String where, Object raw) {
        if (!(raw instanceof Map<?, ?> map)) {
            throw new IllegalArgumentException(where + ": expected a map such as {title: Brewing guide, url: /guide}");
        }
        for (Object key : map.keySet()) {
            if (!FIELDS.contains(String.valueOf(key))) {
                throw new IllegalArgumentException(where + ": unknown field '" + key + "'; known: title, url");
            }
        }
        return new Link(text(where + ".title", map.get("title")),
                SettingChecks.address(where + ".url", text(where + ".url", map.get("url"))));
    }

    private static String text(String where, Object value) {
        if (value == null || value instanceof Map || value instanceof List || value.toString().isBlank()) {
            throw new IllegalArgumentException(where + ": expected text, got " + value);
        }
        return value.toString().trim();
    }
}
