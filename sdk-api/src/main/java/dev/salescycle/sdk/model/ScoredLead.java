package dev.salescycle.sdk.model;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * A lead as it passes through the lead-capture chain: the lead, its score, the buying groups it was
 * sorted into, and attributes plugins added.
 *
 * @param lead the lead
 * @param score the score so far; plugins usually add to it
 * @param segments buying groups, in the order they were added, without repeats
 * @param attributes enrichment by plugins (for example {@code emailDomain}), never null
 * @since 1.0.0
 */
public record ScoredLead(Lead lead, int score, List<String> segments, Map<String, String> attributes) {

    /**
     * Checks the lead; repeated segments are dropped, null segments and attributes count as none.
     *
     * @throws NullPointerException if {@code lead} is null
     */
    public ScoredLead {
        Objects.requireNonNull(lead, "lead");
        segments = List.copyOf(new LinkedHashSet<>(segments == null ? List.of() : segments));
        attributes = attributes == null ? Map.of() : Map.copyOf(attributes);
    }

    /** A lead entering the chain: score 0, no segments, no attributes. */
    public static ScoredLead of(Lead lead) {
        return new ScoredLead(lead, 0, List.of(), Map.of());
    }

    /** A copy with a different score. */
    public ScoredLead withScore(int newScore) {
        return new ScoredLead(lead, newScore, segments, attributes);
    }

    /** A copy with more segments added after the existing ones. */
    public ScoredLead withSegments(Set<String> more) {
        List<String> all = new java.util.ArrayList<>(segments);
        all.addAll(more);
        return new ScoredLead(lead, score, all, attributes);
    }

    /** A copy with one more attribute (replacing one of the same key). */
    public ScoredLead withAttribute(String key, String value) {
        Map<String, String> all = new java.util.HashMap<>(attributes);
        all.put(key, value);
        return new ScoredLead(lead, score, segments, all);
    }
}
