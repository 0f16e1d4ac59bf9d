package dev.salescycle.bench.copurchase;

import java.util.List;
import java.util.Locale;

/** Counts, over many carts, how often the held-out item is among the first 3 and first 5 recommended. */
final class HitRate {

    private final String method;
    private long cases;
    private long hitsAt3;
    private long hitsAt5;
    private long recommended;

    HitRate(String method) {
        this.method = method;
    }

    void add(List<String> recommendedSkus, String heldOut) {
        cases++;
        recommended += Math.min(5, recommendedSkus.size());
        int rank = recommendedSkus.indexOf(heldOut);
        if (rank >= 0 && rank < 3) {
            hitsAt3++;
        }
        if (rank >= 0 && rank < 5) {
            hitsAt5++;
        }
    }

    static String header() {
        return "| method | carts | hit-rate@3 | hit-rate@5 | items shown (of 5) |\n|---|---|---|---|---|";
    }

    String row() {
        return String.format(Locale.ROOT, "| %s | %d | %.4f | %.4f | %.2f |", method, cases,
                (double) hitsAt3 / cases, (double) hitsAt5 / cases, (double) recommended / cases);
    }
}
