package dev.salescycle.plugins.copurchase.rules;

import dev.salescycle.sdk.settings.SettingSpec;
import dev.salescycle.sdk.settings.SettingType;
import dev.salescycle.sdk.settings.Settings;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The plugin's settings for one shop, read once and kept as plain fields for the hot path.
 *
 * @param minSupport the least share of all orders that a rule's antecedent and item must reach together
 * @param minConfidence the least confidence of a rule
 * @param rankBy the measure to rank by
 * @param maxItems how many recommendations at most
 * @param excludedSkus skus never recommended
 */
public record UpsellSettings(double minSupport, double minConfidence, RankBy rankBy, int maxItems,
                             Set<String> excludedSkus) {

    /** The measure used when a shop sets none. */
    public static final RankBy DEFAULT_RANK_BY = RankBy.CONFIDENCE;

    /** The settings the plugin declares. */
    public static final List<SettingSpec> SPECS = List.of(
            SettingSpec.of("minSupport", SettingType.DECIMAL, "0.001",
                    "Least share of all orders (0..1) holding both the cart items used and the recommended item.")
                    .range(0, 1),
            SettingSpec.of("minConfidence", SettingType.DECIMAL, "0.1",
                    "Least share (0..1) of the orders with the cart items used that also hold the recommended item.")
                    .range(0, 1),
            SettingSpec.of("rankBy", SettingType.STRING, DEFAULT_RANK_BY.settingValue(),
                    "Measure to rank recommendations by, highest first.")
                    .oneOf(Arrays.stream(RankBy.values()).map(RankBy::settingValue).toArray(String[]::new)),
            SettingSpec.of("maxItems", SettingType.INTEGER, "4", "How many items to recommend at most.")
                    .range(1, 50),
            SettingSpec.of("excludeSkus", SettingType.STRING_LIST, null, "Skus never to recommend."));

    public UpsellSettings {
        excludedSkus = Set.copyOf(excludedSkus);
    }

    /** Reads validated settings. */
    public static UpsellSettings from(Settings settings) {
        return new UpsellSettings(
                settings.decimal("minSupport").doubleValue(),
                settings.decimal("minConfidence").doubleValue(),
                settings.string("rankBy").map(RankBy::fromSetting).orElse(DEFAULT_RANK_BY),
                settings.integer("maxItems"),
                settings.stringList("excludeSkus").stream().map(String::trim).collect(Collectors.toSet()));
    }

    /** Whether {@code count} of {@code orders} orders meets the minimum support (and is not zero). */
    public boolean frequent(long count, long orders) {
        return count > 0 && RuleMetrics.support(count, orders) >= minSupport;
    }

    /** Whether a rule meets the minimum confidence. */
    public boolean confident(long both, long antecedent) {
        return RuleMetrics.confidence(both, antecedent) >= minConfidence;
    }

    /** Whether the sku must not be recommended. */
    public boolean excluded(String sku) {
        return !excludedSkus.isEmpty() && excludedSkus.contains(sku);
    }
}
