package dev.salescycle.sdk.model;

/**
 * What a lead-capture plugin decided: the lead accepted (as it now stands) or rejected with a reason.
 *
 * @param lead the lead to pass on; null when rejected
 * @param rejectReason why the lead was rejected, for example {@code "disposable e-mail domain"}; null when accepted
 * @since 1.0.0
 */
public record LeadOutcome(ScoredLead lead, String rejectReason) {

    /**
     * Checks that exactly one of lead and reason is set; prefer {@link #accept} and {@link #reject}.
     *
     * @throws IllegalArgumentException if both or neither are set
     */
    public LeadOutcome {
        if ((lead == null) == (rejectReason == null)) {
            throw new IllegalArgumentException("exactly one of lead and rejectReason must be set");
        }
    }

    /** Accepts the lead as given. */
    public static LeadOutcome accept(ScoredLead lead) {
        return new LeadOutcome(lead, null);
    }

    /** Rejects the lead; the chain stops and the lead is not stored. */
    public static LeadOutcome reject(String reason) {
        return new LeadOutcome(null, reason);
    }

    /** Whether the lead was rejected. */
    public boolean rejected() {
        return rejectReason != null;
    }
}
