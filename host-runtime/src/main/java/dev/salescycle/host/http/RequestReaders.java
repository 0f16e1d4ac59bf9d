package dev.salescycle.host.http;

import com.fasterxml.jackson.databind.JsonNode;
import dev.salescycle.sdk.model.Cart;
import dev.salescycle.sdk.model.CartLine;
import dev.salescycle.sdk.model.Lead;
import dev.salescycle.sdk.model.Money;
import dev.salescycle.sdk.model.Order;
import dev.salescycle.sdk.model.Product;
import dev.salescycle.host.service.AttributionService;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;

/** Turns JSON request bodies into SDK values, naming the field of the first mistake. */
final class RequestReaders {

    static final int MAX_LINES = 500;

    private RequestReaders() {
    }

    static Lead lead(JsonNode body) {
        Fields.object(body, "");
        JsonNode consent = body.get("consent");
        boolean marketing = false;
        if (consent != null && !consent.isNull()) {
            Fields.object(consent, "consent");
            marketing = Fields.bool(consent, "marketing", "consent.marketing", false);
        }
        return new Lead(Fields.email(body, "email", "email"), Fields.optionalText(body, "name", "name"),
                Fields.optionalText(body, "source", "source"), Fields.texts(body, "interests", "interests", 50),
                marketing, Fields.optionalText(body, "visitorId", "visitorId"));
    }

    static Cart cart(JsonNode body) {
        Fields.object(body, "");
        Currency currency = Fields.currency(body, "currency", "currency");
        String email = body.hasNonNull("customerEmail") ? Fields.email(body, "customerEmail", "customerEmail") : null;
        return new Cart(Fields.optionalText(body, "cartId", "cartId"), email, currency, lines(body, currency, false));
    }

    static Order order(JsonNode body, Instant placedAt) {
        Fields.object(body, "");
        Currency currency = Fields.currency(body, "currency", "currency");
        List<CartLine> lines = lines(body, currency, true);
        Money total = Fields.money(body, "total", "total", currency);
        return new Order(Fields.key(body, "orderId", "orderId"), Fields.email(body, "customerEmail", "customerEmail"),
                Fields.optionalText(body, "customerName", "customerName"), currency, lines, total, placedAt);
    }

    /** The storefront's visitor id of a cart or an order, or null when the body names none. */
    static String visitorId(JsonNode body) {
        return Fields.optionalKey(body, "visitorId", "visitorId");
    }

    /**
     * The attribution reference on each line ({@code lines[i].ref}), null where there is none. A reference is
     * never refused: one that is not a string reads as an empty, malformed one, which is ignored and counted.
     */
    static List<String> lineRefs(JsonNode body) {
        JsonNode lines = body.get("lines");
        List<String> out = new ArrayList<>(lines.size());
        for (JsonNode line : lines) {
            JsonNode ref = line.get("ref");
            out.add(ref == null || ref.isNull() ? null : ref.isTextual() ? ref.textValue() : "");
        }
        return out;
    }

    /** The references an order names beside its lines ({@code refs}); read like {@link #lineRefs}, at most 20. */
    static List<String> orderRefs(JsonNode body) {
        JsonNode refs = body.get("refs");
        if (refs == null || refs.isNull()) {
            return List.of();
        }
        if (!refs.isArray()) {
            return List.of("");
        }
        List<String> out = new ArrayList<>();
        for (JsonNode ref : refs) {
            out.add(ref.isTextual() && out.size() < AttributionService.MAX_ORDER_REFS ? ref.textValue() : "");
        }
        return out;
    }

    /** The order's marketing consent, or null when the body does not say. */
    static Boolean orderConsent(JsonNode body) {
        JsonNode consent = body.get("consent");
        if (consent == null || consent.isNull()) {
            return null;
        }
        Fields.object(consent, "consent");
        return consent.hasNonNull("marketing") ? Fields.bool(consent, "marketing", "consent.marketing", false) : null;
    }

    static List<Product> products(JsonNode body, int max) {
        if (body == null || !body.isArray()) {
            throw RequestException.badField("body", "expected a list of products");
        }
        if (body.size() > max) {
            throw RequestException.badField("body", "at most " + max + " products per call");
        }
        List<Product> out = new ArrayList<>();
        for (int i = 0; i < body.size(); i++) {
            String at = "[" + i + "]";
            JsonNode p = Fields.object(body.get(i), at);
            Currency currency = Fields.currency(p, "currency", at + ".currency");
            out.add(new Product(Fields.key(p, "sku", at + ".sku"), Fields.text(p, "name", at + ".name"),
                    Fields.money(p, "price", at + ".price", currency), Fields.optionalText(p, "url", at + ".url"),
                    Fields.optionalText(p, "imageUrl", at + ".imageUrl")));
        }
        return out;
    }

    private static List<CartLine> lines(JsonNode body, Currency currency, boolean atLeastOne) {
        JsonNode lines = Fields.array(body, "lines", "lines", MAX_LINES);
        if (atLeastOne && lines.isEmpty()) {
            throw RequestException.badField("lines", "an order needs at least one line");
        }
        List<CartLine> out = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String at = "lines[" + i + "]";
            JsonNode line = Fields.object(lines.get(i), at);
            out.add(new CartLine(Fields.key(line, "sku", at + ".sku"), Fields.optionalText(line, "name", at + ".name"),
                    Fields.positiveInt(line, "quantity", at + ".quantity", 10_000),
                    Fields.money(line, "unitPrice", at + ".unitPrice", currency)));
        }
        return out;
    }
}
