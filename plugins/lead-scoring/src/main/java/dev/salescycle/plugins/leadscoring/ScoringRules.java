package dev.salescycle.plugins.leadscoring;

import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The scoring rules of one shop, read from its settings.
 *
 * @param blockedDomains disposable domains, lower case; their subdomains are blocked too
 * @param sourceScores points by lead source, lower case; {@code other} for unknown or missing sources
 */
record ScoringRules(Set<String> blockedDomains, Map<String, Integer> sourceScores, int interestScore,
                    int maxInterestScore, int consentBonus, int hotScore, int warmScore) {

    static final String OTHER_SOURCE = "other";

    ScoringRules {
        blockedDomains = Set.copyOf(blockedDomains);
        sourceScores = Map.copyOf(sourceScores);
        if (warmScore > hotScore) {
            throw new IllegalArgumentException(
                    "warmScore: must not be above hotScore (" + warmScore + " > " + hotScore + ")");
        }
    }

    boolean blocks(String domain) {
        for (String blocked : blockedDomains) {
            if (domain.equals(blocked) || domain.endsWith("." + blocked)) {
                return true;
            }
        }
        return false;
    }

    int sourcePoints(String source) {
        String key = source == null || source.isBlank() ? OTHER_SOURCE : source.trim().toLowerCase(Locale.ROOT);
        Integer points = sourceScores.get(key);
        return points != null ? points : sourceScores.getOrDefault(OTHER_SOURCE, 0);
    }

    int interestPoints(int interests) {
        return (int) Math.min((long) interests * interestScore, maxInterestScore);
    }

    String tier(int score) {
        if (score >= hotScore) {
            return "hot";
        }
        return score >= warmScore ? "warm" : "cold";
    }
}
