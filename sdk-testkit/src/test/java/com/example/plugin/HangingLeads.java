package com.example.plugin;

import dev.salescycle.sdk.LeadCapture;
import dev.salescycle.sdk.PluginContext;
import dev.salescycle.sdk.model.LeadOutcome;
import dev.salescycle.sdk.model.ScoredLead;

/** Blocks for a minute in every call, ignoring interrupts. */
public class HangingLeads implements LeadCapture {

    @Override
    public LeadOutcome capture(ScoredLead lead, PluginContext context) {
        long until = System.currentTimeMillis() + 60_000;
        while (System.currentTimeMillis() < until) {
            try {
                Thread.sleep(1_000);
            } catch (InterruptedException ignored) {
                // on purpose: a badly written plugin
            }
        }
        return LeadOutcome.accept(lead);
    }
}
