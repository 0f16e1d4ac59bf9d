package dev.salescycle.plugins.leadscoring;

import dev.salescycle.sdk.model.ScoredLead;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Adds this plugin's points, segments and attributes to a lead. */
final class LeadScorer {

    /** Bounds the segments one lead can bring in, whatever the storefront sends. */
    static final int MAX_INTERESTS = 20;
    private static final int MAX_INTEREST_LENGTH = 60;

    private LeadScorer() {
    }

    static ScoredLead score(ScoredLead lead, EmailAddress email, boolean repeat, ScoringRules rules) {
        Set<String> interests = interests(lead.lead().interests());
        int points = rules.sourcePoints(lead.lead().source())
                + rules.interestPoints(interests.size())
                + (lead.lead().marketingConsent() ? rules.consentBonus() : 0);
        int score = lead.score() + points;
        Set<String> segments = new LinkedHashSet<>();
        segments.add(rules.tier(score));
        if (repeat) {
            segments.add("returning");
        }
        interests.forEach(interest -> segments.add("interest:" + interest));
        ScoredLead scored = lead.withScore(score).withSegments(segments)
                .withAttribute("emailDomain", email.domain())
                .withAttribute("normalizedEmail", email.normalized());
        return repeat ? scored.withAttribute("duplicate", "true") : scored;
    }

    /** Interests trimmed, lower-cased, inner blanks as dashes; blank, overlong and repeated ones dropped. */
    static Set<String> interests(List<String> raw) {
        Set<String> interests = new LinkedHashSet<>();
        for (String interest : raw) {
            if (interest == null || interests.size() == MAX_INTERESTS) {
                continue;
            }
            String clean = interest.trim().toLowerCase(Locale.ROOT).replaceAll("\\s+", "-");
            if (!clean.isEmpty() && clean.length() <= MAX_INTEREST_LENGTH) {
                interests.add(clean);
            }
        }
        return interests;
    }
}
