package dev.salescycle.sdk;

import dev.salescycle.sdk.model.LeadOutcome;
import dev.salescycle.sdk.model.ScoredLead;

/**
 * Stage 1, prospecting: validate, enrich, score a lead and sort it into buying groups (segments).
 *
 * <p>Lead capture is a chain in the shop's configured order: each plugin receives the lead as the
 * plugins before it left it, and returns it accepted (possibly with a new score, more segments or
 * attributes) or rejected with a reason. A rejection ends the chain and the lead is not stored.
 *
 * @since 1.0.0
 */
public interface LeadCapture extends SalesCycleHook {

    /**
     * Assesses one lead.
     *
     * @param lead the lead as the plugins before this one left it; score starts at 0
     * @return {@link LeadOutcome#accept(ScoredLead)} or {@link LeadOutcome#reject(String)}
     */
    LeadOutcome capture(ScoredLead lead, PluginContext context);
}
