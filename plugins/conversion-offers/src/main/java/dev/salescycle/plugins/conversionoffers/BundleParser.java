package dev.salescycle.plugins.conversionoffers;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Checks and reads the {@code bundles} setting, naming the bundle index and field of each error. */
final class BundleParser {

    private static final Set<String> FIELDS = Set.of("skus", "percentOff", "title");
    private static final BigDecimal MAX_PERCENT = BigDecimal.valueOf(90);

    private BundleParser() {
    }

    static List<Bundle> parse(Object raw) {
        if (!(raw instanceof List<?> entries)) {
            throw new IllegalArgumentException(OfferSettings.BUNDLES
                    + ": expected a list such as [{skus: [a, b], percentOff: 10}]");
        }
        List<Bundle> bundles = new ArrayList<>();
        for (int i = 0; i < entries.size(); i++) {
            bundles.add(bundle(OfferSettings.BUNDLES + "[" + i + "]", entries.get(i)));
        }
        return bundles;
    }

    private static Bundle bundle(String where, Object raw) {
        if (!(raw instanceof Map<?, ?> map)) {
            throw new IllegalArgumentException(where + ": expected a map such as {skus: [a, b], percentOff: 10}");
        }
        for (Object key : map.keySet()) {
            if (!FIELDS.contains(String.valueOf(key))) {
                throw new IllegalArgumentException(where + ": unknown field '" + key + "'; known: percentOff, skus, title");
            }
        }
        Object title = map.get("title");
        if (title instanceof Map || title instanceof List) {
            throw new IllegalArgumentException(where + ".title: expected text");
        }
        return new Bundle(title == null || title.toString().isBlank() ? null : title.toString().trim(),
                skus(where + ".skus", map.get("skus")), percent(where + ".percentOff", map.get("percentOff")));
    }

    private static List<String> skus(String where, Object raw) {
        Set<String> skus = new LinkedHashSet<>();
        if (raw instanceof List<?> list) {
            for (Object sku : list) {
                if (sku == null || sku instanceof Map || sku instanceof List || sku.toString().isBlank()) {
                    throw new IllegalArgumentException(where + ": expected skus as text, got " + sku);
                }
                skus.add(sku.toString().trim());
            }
        }
        if (skus.size() < 2) {
            throw new IllegalArgumentException(where + ": expected a list of at least two different skus, got " + raw);
        }
        return List.copyOf(skus);
    }

    private static BigDecimal percent(String where, Object raw) {
        try {
            BigDecimal percent = new BigDecimal(String.valueOf(raw).trim());
            if (percent.signum() > 0 && percent.compareTo(MAX_PERCENT) <= 0) {
                return percent;
            }
        } catch (NumberFormatException e) {
            // reported below with the offending value
        }
        throw new IllegalArgumentException(where + ": expected a number above 0 and at most 90, got " + raw);
    }
}
