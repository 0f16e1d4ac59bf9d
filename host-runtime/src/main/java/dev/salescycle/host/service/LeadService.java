package dev.salescycle.host.service;

import dev.salescycle.host.dispatch.RunningShops;
import dev.salescycle.host.domain.RefusedException;
import dev.salescycle.host.dispatch.Dispatcher;
import dev.salescycle.host.dispatch.HookKind;
import dev.salescycle.host.dispatch.LeadChainSink;
import dev.salescycle.host.dispatch.Skipped;
import dev.salescycle.host.store.FunnelEventType;
import dev.salescycle.host.store.LeadRecord;
import dev.salescycle.host.store.LeadStore;
import dev.salescycle.sdk.LeadCapture;
import dev.salescycle.sdk.model.Lead;
import dev.salescycle.sdk.model.ScoredLead;
import java.time.Clock;
import java.util.List;
import dev.salescycle.host.dispatch.Pending;

/** Stage 1: runs the shop's lead-capture chain and stores the accepted lead. */
public final class LeadService {

    /**
     * A stored lead.
     *
     * @param record what the store kept
     * @param lead the lead as the chain left it
     * @param skipped plugins whose contribution is missing
     * @param consentPending whether marketing consent was asked for and waits for the address to confirm it
     */
    public record CapturedLead(LeadRecord record, ScoredLead lead, List<Skipped> skipped, boolean consentPending) {
    }

    private final RunningShops shops;
    private final Dispatcher dispatcher;
    private final LeadStore store;
    private final Clock clock;
    private final FunnelRecorder funnel;
    private final ConsentService consent;

    public LeadService(RunningShops shops, Dispatcher dispatcher, LeadStore store, Clock clock, FunnelRecorder funnel,
                       ConsentService consent) {
        this.consent = consent;
        this.shops = shops;
        this.dispatcher = dispatcher;
        this.store = store;
        this.clock = clock;
        this.funnel = funnel;
    }

    /**
     * Runs the chain and stores the lead.
     *
     * @param consentConfirmed whether marketing consent in the lead stands as given (the shop's server vouches for
     *     it); if not, the lead is stored without it and the address is asked to confirm
     */
    public Pending<CapturedLead> capture(String shopId, Lead posted, boolean consentConfirmed) {
        var shop = shops.require(shopId);
        boolean pending = posted.marketingConsent() && !consentConfirmed;
        Lead lead = pending ? new Lead(posted.email(), posted.name(), posted.source(), posted.interests(), false,
                posted.visitorId()) : posted;
        LeadChainSink sink = new LeadChainSink(ScoredLead.of(lead));
        return dispatcher.prepare(shop.hooks(HookKind.LEAD_CAPTURE),
                bound -> ((LeadCapture) bound.hook()).capture(sink.current(), bound.context()), sink,
                        shop.config().requestBudget())
                .then(done -> {
                    if (sink.rejected()) {
                        throw new RefusedException("lead_rejected", sink.rejectReason(), "email");
                    }
                    ScoredLead scored = sink.current();
                    if (pending && scored.lead().marketingConsent()) { // no plugin may grant what the address has not confirmed
                        Lead l = scored.lead();
                        scored = new ScoredLead(new Lead(l.email(), l.name(), l.source(), l.interests(), false, l.visitorId()),
                                scored.score(), scored.segments(), scored.attributes());
                    }
                    LeadRecord record = store.saveLead(shopId, scored, clock.instant());
                    funnel.record(shopId, FunnelEventType.LEAD_CAPTURED, String.valueOf(record.id()), null);
                    if (pending) {
                        String email = scored.lead().email().toLowerCase(java.util.Locale.ROOT);
                        if (!record.duplicate()) { // a lead kept before is not deleted for a request it did not make
                            store.consentRequested(shopId, email, clock.instant());
                        }
                        consent.requestConfirmation(shopId, email);
                    }
                    return new CapturedLead(record, scored, sink.skipped(), pending);
                });
    }
}
