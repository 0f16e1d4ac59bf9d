package dev.salescycle.plugins.conversionoffers;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * A bundle deal: a cart holding every sku gets {@code percentOff} off one of each, per complete set.
 *
 * @param title the offer's headline, or null for the default
 * @param skus at least two distinct skus
 */
record Bundle(String title, List<String> skus, BigDecimal percentOff) {

    Bundle {
        skus = List.copyOf(skus);
        Objects.requireNonNull(percentOff, "percentOff");
    }

    /**
     * The bundles of the {@code bundles} setting.
     *
     * @param raw the setting as the host handed it (a list of maps), or null when unset
     * @throws IllegalArgumentException naming the bundle and field that is wrong
     */
    static List<Bundle> parseAll(Object raw) {
        return raw == null ? List.of() : BundleParser.parse(raw);
    }
}
