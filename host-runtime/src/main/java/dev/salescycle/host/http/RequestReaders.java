package dev.salescycle.host.http;

import com.fasterxml.jackson.databind.JsonNode;
import dev.salescycle.sdk.model.Cart;
import dev.salescycle.sdk.model.CartLine;
import dev.salescycle.sdk.model.Lead;
import dev.salescycle.sdk.model.Money;
import dev.salescycle.sdk.model.Order;
import dev.salescycle.sdk.model.Product;
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

    /**
     * The storefront's visitor id (a random id it keeps in the browser), or null: 1 to 128 visible ASCII characters.
     * It puts the visitor in experiments' variants and ties its orders to them.
     */
    static String visitorId(JsonNode body) {
        String id = Fields.optionalText(body, "visitorId", "visitorId");
        if (id != null && !id.matches("[\\x21-\\x7e]{1,128}")) {
            throw RequestException.badField("visitorId", "expected 1 to 128 visible ASCII characters without spaces");
        }
        return id;
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
