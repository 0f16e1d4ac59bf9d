package dev.salescycle.host.http;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.salescycle.host.dispatch.Attributed;
import dev.salescycle.host.dispatch.Skipped;
import dev.salescycle.host.service.CartService;
import dev.salescycle.host.service.LeadService;
import dev.salescycle.host.store.MessageRecord;
import dev.salescycle.sdk.model.Money;
import dev.salescycle.sdk.model.Offer;
import dev.salescycle.sdk.model.PageBlock;
import dev.salescycle.sdk.model.Product;
import dev.salescycle.sdk.model.Recommendation;
import dev.salescycle.sdk.model.ScheduledMessage;
import java.util.List;
import java.util.Locale;

/** JSON views of the host's answers; field names are the v1 HTTP contract. */
final class Views {

    private Views() {
    }

    static ObjectNode object() {
        return Json.MAPPER.createObjectNode();
    }

    static String amount(Money money) {
        return money == null ? null : money.amount().toPlainString();
    }

    static ObjectNode lead(LeadService.CapturedLead captured) {
        ObjectNode out = object();
        out.put("leadId", String.valueOf(captured.record().id()));
        out.put("email", captured.lead().lead().email());
        out.put("score", captured.lead().score());
        out.set("segments", Json.MAPPER.valueToTree(captured.lead().segments()));
        out.set("attributes", PlainJson.of(captured.lead().attributes()));
        out.put("duplicate", captured.record().duplicate());
        out.set("skipped", skipped(captured.skipped()));
        return out;
    }

    static ObjectNode evaluation(CartService.Evaluation evaluation) {
        ObjectNode out = object();
        if (evaluation.cart().cartId() != null) {
            out.put("cartId", evaluation.cart().cartId());
        }
        out.put("currency", evaluation.cart().currency().getCurrencyCode());
        out.put("subtotal", amount(evaluation.cart().subtotal()));
        ArrayNode offers = out.putArray("offers");
        evaluation.offers().forEach(o -> offers.add(offer(o)));
        ArrayNode recs = out.putArray("recommendations");
        evaluation.recommendations().forEach(r -> recs.add(recommendation(r)));
        out.set("skipped", skipped(evaluation.skipped()));
        return out;
    }

    static ObjectNode offer(Attributed<Offer> attributed) {
        Offer o = attributed.value();
        ObjectNode out = object();
        out.put("plugin", attributed.plugin());
        out.put("id", o.id());
        out.put("type", o.type().name());
        out.put("title", o.title());
        out.put("message", o.message());
        out.put("discount", amount(o.discount()));
        out.put("percentOff", o.percentOff());
        out.put("couponCode", o.couponCode());
        out.set("details", PlainJson.of(o.details()));
        return out;
    }

    static ObjectNode recommendation(Attributed<Recommendation> attributed) {
        Recommendation r = attributed.value();
        ObjectNode out = object();
        out.put("plugin", attributed.plugin());
        out.put("sku", r.sku());
        out.put("name", r.name());
        out.put("price", amount(r.price()));
        out.put("score", r.score());
        out.put("reason", r.reason());
        out.set("evidence", PlainJson.of(r.evidence()));
        return out;
    }

    static ArrayNode blocks(List<Attributed<PageBlock>> blocks) {
        ArrayNode out = Json.MAPPER.createArrayNode();
        for (Attributed<PageBlock> attributed : blocks) {
            PageBlock b = attributed.value();
            ObjectNode node = out.addObject();
            node.put("plugin", attributed.plugin());
            node.put("type", b.type().name());
            node.put("title", b.title());
            node.put("text", b.text());
            node.put("url", b.url());
            node.put("code", b.code());
        }
        return out;
    }

    static ObjectNode message(Attributed<ScheduledMessage> attributed) {
        ScheduledMessage m = attributed.value();
        ObjectNode out = object();
        out.put("plugin", attributed.plugin());
        out.put("key", m.key());
        out.put("template", m.template());
        out.put("dueAt", m.dueAt().toString());
        out.put("marketing", m.marketing());
        return out;
    }

    static ObjectNode message(MessageRecord m) {
        ObjectNode out = message(new Attributed<>(m.pluginId(),
                new ScheduledMessage(m.key(), m.template(), m.dueAt(), m.marketing(), m.data())));
        out.put("status", m.status().name().toLowerCase(Locale.ROOT));
        return out;
    }

    static ObjectNode product(Product p) {
        ObjectNode out = object();
        out.put("sku", p.sku());
        out.put("name", p.name());
        out.put("price", amount(p.price()));
        out.put("currency", p.price().currency().getCurrencyCode());
        out.put("url", p.url());
        out.put("imageUrl", p.imageUrl());
        return out;
    }

    static ArrayNode skipped(List<Skipped> skipped) {
        ArrayNode out = Json.MAPPER.createArrayNode();
        skipped.forEach(s -> out.addObject().put("plugin", s.plugin()).put("hook", s.hook()).put("reason", s.reason()));
        return out;
    }
}
