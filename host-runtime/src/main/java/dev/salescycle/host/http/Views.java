package dev.salescycle.host.http;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamWriteFeature;
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
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** JSON views of the host's answers; field names are the v1 HTTP contract. */
final class Views {

    /** As deep as {@link PlainJson} follows nested plugin values; deeper ones become null. */
    private static final int PLAIN_MAX_DEPTH = 8;

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
        out.putObject("consent").put("marketing", captured.consentPending() ? "pending_confirmation"
                : captured.lead().lead().marketingConsent() ? "given" : "none");
        out.set("skipped", skipped(captured.skipped()));
        return out;
    }

    /**
     * The cart answer as JSON bytes, written by a streaming generator: it is the hottest answer of all, and a
     * tree of nodes for it would cost more than the writing. Plugin maps are written as {@link PlainJson} does.
     */
    static byte[] evaluation(CartService.Evaluation evaluation) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(2048);
        try (JsonGenerator g = Json.MAPPER.getFactory().createGenerator(bytes)) {
            // Every recommendation carries doubles (score, support, confidence, lift); the JDK's Double.toString
            // took a quarter of this method. The fast writer gives the shortest text that reads back the same double.
            g.enable(StreamWriteFeature.USE_FAST_DOUBLE_WRITER.mappedFeature());
            g.writeStartObject();
            if (evaluation.cart().cartId() != null) {
                g.writeStringField("cartId", evaluation.cart().cartId());
            }
            g.writeStringField("currency", evaluation.cart().currency().getCurrencyCode());
            g.writeStringField("subtotal", amount(evaluation.cart().subtotal()));
            g.writeArrayFieldStart("offers");
            for (int i = 0; i < evaluation.offers().size(); i++) {
                offer(g, evaluation.offers().get(i), evaluation.offerRefs().get(i));
            }
            g.writeEndArray();
            g.writeArrayFieldStart("recommendations");
            for (int i = 0; i < evaluation.recommendations().size(); i++) {
                recommendation(g, evaluation.recommendations().get(i), evaluation.recommendationRefs().get(i));
            }
            g.writeEndArray();
            g.writeArrayFieldStart("skipped");
            for (Skipped s : evaluation.skipped()) {
                g.writeStartObject();
                g.writeStringField("plugin", s.plugin());
                g.writeStringField("hook", s.hook());
                g.writeStringField("reason", s.reason());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
        }
        return bytes.toByteArray();
    }

    private static void offer(JsonGenerator g, Attributed<Offer> attributed, String ref) throws IOException {
        Offer o = attributed.value();
        g.writeStartObject();
        g.writeStringField("plugin", attributed.plugin());
        g.writeStringField("id", o.id());
        g.writeStringField("type", o.type().name());
        g.writeStringField("title", o.title());
        g.writeStringField("message", o.message());
        g.writeStringField("discount", amount(o.discount()));
        g.writeStringField("price", amount(o.price()));
        g.writeFieldName("percentOff");
        plain(g, o.percentOff(), 0);
        g.writeStringField("couponCode", o.couponCode());
        g.writeFieldName("details");
        plain(g, o.details(), 0);
        g.writeStringField("ref", ref);
        g.writeEndObject();
    }

    private static void recommendation(JsonGenerator g, Attributed<Recommendation> attributed, String ref)
            throws IOException {
        Recommendation r = attributed.value();
        g.writeStartObject();
        g.writeStringField("plugin", attributed.plugin());
        g.writeStringField("sku", r.sku());
        g.writeStringField("name", r.name());
        g.writeStringField("price", amount(r.price()));
        g.writeNumberField("score", r.score());
        g.writeStringField("reason", r.reason());
        g.writeFieldName("evidence");
        plain(g, r.evidence(), 0);
        g.writeStringField("ref", ref);
        g.writeEndObject();
    }

    /** Writes a plugin's value exactly as {@link PlainJson#of} turns it into a node, without making the node. */
    private static void plain(JsonGenerator g, Object value, int depth) throws IOException {
        if (value == null || depth > PLAIN_MAX_DEPTH) {
            g.writeNull();
        } else if (value instanceof String s) {
            g.writeString(s);
        } else if (value instanceof Boolean b) {
            g.writeBoolean(b);
        } else if (value instanceof Integer || value instanceof Long || value instanceof Short || value instanceof Byte) {
            g.writeNumber(((Number) value).longValue());
        } else if (value instanceof Double || value instanceof Float) {
            double d = ((Number) value).doubleValue();
            if (Double.isFinite(d)) {
                g.writeNumber(d);
            } else {
                g.writeNull();
            }
        } else if (value instanceof BigDecimal d) {
            g.writeNumber(d);
        } else if (value instanceof BigInteger i) {
            g.writeNumber(i);
        } else if (value instanceof Money m) {
            g.writeString(m.amount().toPlainString());
        } else if (value instanceof Map<?, ?> map) {
            plainObject(g, map, depth);
        } else if (value instanceof Collection<?> items) {
            g.writeStartArray();
            for (Object item : items) {
                plain(g, item, depth + 1);
            }
            g.writeEndArray();
        } else {
            g.writeString(String.valueOf(value));
        }
    }

    private static void plainObject(JsonGenerator g, Map<?, ?> map, int depth) throws IOException {
        g.writeStartObject();
        for (Map.Entry<?, ?> entry : (keysAreText(map) ? map : byText(map)).entrySet()) {
            g.writeFieldName((String) entry.getKey());
            plain(g, entry.getValue(), depth + 1);
        }
        g.writeEndObject();
    }

    private static boolean keysAreText(Map<?, ?> map) {
        for (Object key : map.keySet()) {
            if (!(key instanceof String)) {
                return false;
            }
        }
        return true;
    }

    /** Other keys as text; keys that collide so keep the last value in the first one's place, as a node does. */
    private static Map<String, Object> byText(Map<?, ?> map) {
        Map<String, Object> out = new LinkedHashMap<>();
        map.forEach((k, v) -> out.put(String.valueOf(k), v));
        return out;
    }

    static ArrayNode blocks(List<Attributed<PageBlock>> blocks, List<String> refs) {
        ArrayNode out = Json.MAPPER.createArrayNode();
        for (int i = 0; i < blocks.size(); i++) {
            Attributed<PageBlock> attributed = blocks.get(i);
            PageBlock b = attributed.value();
            ObjectNode node = out.addObject();
            node.put("plugin", attributed.plugin());
            node.put("type", b.type().name());
            node.put("title", b.title());
            node.put("text", b.text());
            node.put("url", b.url());
            node.put("code", b.code());
            node.put("ref", refs.get(i));
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
        out.put("orderId", m.orderId());
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
