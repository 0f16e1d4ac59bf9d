package dev.salescycle.plugins.leadscoring;

import dev.salescycle.sdk.LeadCapture;
import dev.salescycle.sdk.PluginContext;
import dev.salescycle.sdk.model.LeadOutcome;
import dev.salescycle.sdk.model.ScoredLead;
import dev.salescycle.sdk.settings.SettingSpec;
import java.util.List;
import java.util.Optional;
import org.pf4j.Extension;

/**
 * Validates, dedupes, scores and segments leads.
 *
 * <p>A lead is rejected when its e-mail address is malformed or belongs to a blocked (disposable)
 * domain. An accepted lead gets points for its source, its interests and marketing consent, added to
 * the score the plugins before this one gave it; it is sorted into {@code hot}, {@code warm} or
 * {@code cold} by the resulting score, into one {@code interest:<topic>} group per interest, and into
 * {@code returning} when the same address was seen before (then it also carries {@code duplicate=true}).
 */
@Extension
public final class LeadScoring implements LeadCapture {

    @Override
    public List<SettingSpec> settingSpecs() {
        return LeadSettings.specs();
    }

    @Override
    public void shopStarted(PluginContext context) {
        LeadSettings.read(context.settings());
    }

    @Override
    public LeadOutcome capture(ScoredLead lead, PluginContext context) {
        ScoringRules rules = LeadSettings.read(context.settings());
        Optional<EmailAddress> parsed = EmailAddress.parse(lead.lead().email());
        if (parsed.isEmpty()) {
            return LeadOutcome.reject("invalid e-mail address");
        }
        EmailAddress email = parsed.get();
        if (rules.blocks(email.domain())) {
            return LeadOutcome.reject("disposable e-mail domain: " + email.domain());
        }
        boolean repeat = new SeenLeads(context.state()).remember(email, context.clock().instant());
        return LeadOutcome.accept(LeadScorer.score(lead, email, repeat, rules));
    }
}
