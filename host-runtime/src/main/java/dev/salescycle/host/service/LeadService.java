package dev.salescycle.host.service;

import dev.salescycle.host.domain.RefusedException;
import dev.salescycle.host.dispatch.Dispatcher;
import dev.salescycle.host.dispatch.HookKind;
import dev.salescycle.host.dispatch.LeadChainSink;
import dev.salescycle.host.dispatch.Skipped;
import dev.salescycle.host.store.FunnelEventType;
import dev.salescycle.host.store.LeadRecord;
import dev.salescycle.host.store.Store;
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
     */
    public record CapturedLead(LeadRecord record, ScoredLead lead, List<Skipped> skipped) {
    }

    private final Shops shops;
    private final Dispatcher dispatcher;
    private final Store store;
    private final Clock clock;
    private final FunnelRecorder funnel;

    public LeadService(Shops shops, Dispatcher dispatcher, Store store, Clock clock, FunnelRecorder funnel) {
        this.shops = shops;
        this.dispatcher = dispatcher;
        this.store = store;
        this.clock = clock;
        this.funnel = funnel;
    }

    public Pending<CapturedLead> capture(String shopId, Lead lead) {
        var shop = shops.require(shopId);
        LeadChainSink sink = new LeadChainSink(ScoredLead.of(lead));
        return dispatcher.prepare(shop.hooks(HookKind.LEAD_CAPTURE),
                bound -> ((LeadCapture) bound.hook()).capture(sink.current(), bound.context()), sink,
                        shop.config().requestBudget())
                .then(done -> {
                    if (sink.rejected()) {
                        throw new RefusedException("lead_rejected", sink.rejectReason(), "email");
                    }
                    LeadRecord record = store.saveLead(shopId, sink.current(), clock.instant());
                    funnel.record(shopId, FunnelEventType.LEAD_CAPTURED, String.valueOf(record.id()), null);
                    return new CapturedLead(record, sink.current(), sink.skipped());
                });
    }
}
