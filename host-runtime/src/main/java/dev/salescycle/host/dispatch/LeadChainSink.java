package dev.salescycle.host.dispatch;

import dev.salescycle.sdk.model.LeadOutcome;
import dev.salescycle.sdk.model.ScoredLead;

/** Lead capture as a chain: each plugin gets the lead as the one before left it; a rejection ends it. */
public final class LeadChainSink extends CollectingSink {

    private ScoredLead current;
    private String rejectedBy;
    private String rejectReason;

    public LeadChainSink(ScoredLead start) {
        this.current = start;
    }

    public ScoredLead current() {
        return current;
    }

    @Override
    public Verdict returned(BoundHook hook, Object result) {
        if (!(result instanceof LeadOutcome outcome)) {
            failed(hook, "bad answer: " + (result == null ? "null" : result.getClass().getSimpleName()));
            return Verdict.BAD;
        }
        if (outcome.rejected()) {
            rejectedBy = hook.pluginId();
            rejectReason = outcome.rejectReason();
            return Verdict.STOP;
        }
        if (!outcome.lead().lead().email().equalsIgnoreCase(current.lead().email())) {
            failed(hook, "bad answer: changed the lead's e-mail address");
            return Verdict.BAD;
        }
        current = outcome.lead();
        return Verdict.OK;
    }

    public boolean rejected() {
        return rejectReason != null;
    }

    public String rejectedBy() {
        return rejectedBy;
    }

    public String rejectReason() {
        return rejectReason;
    }
}
