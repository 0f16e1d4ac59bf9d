package dev.salescycle.it;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Tells from a cart answer which snapshot of plugin swap-upsell made it: none, version 1 (offer v1-offer,
 * items v1-a and v1-b) or version 2 (offer v2-offer, items v2-a, v2-b and v2-c). Anything else, such as the
 * offer of one version beside the items of the other, is a mixed answer.
 */
final class SwapSnapshots {

    static final String NONE = "none";
    static final String MIXED = "mixed";
    static final String PARTIAL = "partial";

    private static final Map<List<String>, String> WHOLE = Map.of(
            List.of(), NONE,
            List.of("v1-offer", "v1-a", "v1-b"), "v1",
            List.of("v2-offer", "v2-a", "v2-b", "v2-c"), "v2");

    private SwapSnapshots() {
    }

    /**
     * @return none, v1, v2, mixed (parts of both versions, or parts that no version answers together), or
     *     partial (some parts of one version while a swap-upsell hook was skipped, for example timed out)
     */
    static String of(JsonNode answer) {
        List<String> parts = new ArrayList<>();
        answer.get("offers").forEach(o -> addIfSwap(parts, o, "id"));
        answer.get("recommendations").forEach(r -> addIfSwap(parts, r, "sku"));
        String whole = WHOLE.get(parts);
        if (whole != null) {
            return whole;
        }
        boolean skipped = answer.get("skipped").findValuesAsText("plugin").contains("swap-upsell");
        long versions = parts.stream().map(p -> p.substring(0, 2)).distinct().count();
        return skipped && versions == 1 ? PARTIAL : MIXED;
    }

    private static void addIfSwap(List<String> parts, JsonNode item, String field) {
        if (item.get("plugin").asText().equals("swap-upsell")) {
            parts.add(item.get(field).asText());
        }
    }
}
