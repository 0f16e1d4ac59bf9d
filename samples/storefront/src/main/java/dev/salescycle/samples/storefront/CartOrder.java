package dev.salescycle.samples.storefront;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.math.BigDecimal;
import java.util.regex.Pattern;

/**
 * The order the shop places for a cart the browser sent: its own prices and names for the skus, the browser's
 * quantities, line references, visitor id and offer references, and {@code web-<checkoutId>} as order id, so a
 * checkout sent twice is one order.
 */
final class CartOrder {

    private static final Pattern CHECKOUT_ID = Pattern.compile("[A-Za-z0-9-]{8,64}");

    private final ObjectMapper json;
    private final Catalogue catalogue;

    CartOrder(ObjectMapper json, Catalogue catalogue) {
        this.json = json;
        this.catalogue = catalogue;
    }

    /**
     * @throws IllegalArgumentException naming what is wrong with the cart
     */
    ObjectNode apply(JsonNode cart) {
        String checkoutId = text(cart, "checkoutId", 64);
        if (!CHECKOUT_ID.matcher(checkoutId).matches()) {
            throw new IllegalArgumentException("checkoutId: expected 8 to 64 letters, digits or dashes");
        }
        String email = text(cart, "customerEmail", 254).trim();
        if (!email.matches("[^@\\s]+@[^@\\s]+")) {
            throw new IllegalArgumentException("customerEmail: expected an e-mail address");
        }
        ObjectNode order = json.createObjectNode();
        order.put("orderId", "web-" + checkoutId);
        order.put("customerEmail", email);
        String name = cart.path("customerName").asText("").trim();
        if (!name.isEmpty()) {
            order.put("customerName", name.length() > 200 ? name.substring(0, 200) : name);
        }
        order.put("currency", catalogue.currency());
        BigDecimal total = BigDecimal.ZERO;
        ArrayNode lines = order.putArray("lines");
        JsonNode cartLines = cart.path("lines");
        if (!cartLines.isArray() || cartLines.isEmpty() || cartLines.size() > 100) {
            throw new IllegalArgumentException("lines: expected 1 to 100 lines");
        }
        for (JsonNode line : cartLines) {
            String sku = line.path("sku").asText("");
            Catalogue.Product product = catalogue.product(sku)
                    .orElseThrow(() -> new IllegalArgumentException("lines: no product " + sku));
            int quantity = line.path("quantity").asInt(0);
            if (quantity < 1 || quantity > 99) {
                throw new IllegalArgumentException("lines: quantity of " + sku + " must be 1 to 99");
            }
            ObjectNode out = lines.addObject();
            out.put("sku", sku).put("name", product.name()).put("quantity", quantity)
                    .put("unitPrice", product.price().toPlainString());
            if (line.path("ref").isTextual()) {
                out.put("ref", line.path("ref").asText());
            }
            total = total.add(product.price().multiply(BigDecimal.valueOf(quantity)));
        }
        order.put("total", total.toPlainString());
        order.putObject("consent").put("marketing", cart.path("consent").path("marketing").asBoolean(false));
        if (cart.path("visitorId").isTextual() && !cart.path("visitorId").asText().isBlank()) {
            order.put("visitorId", cart.path("visitorId").asText());
        }
        ArrayNode refs = order.putArray("refs");
        for (JsonNode ref : cart.path("refs")) {
            if (ref.isTextual() && refs.size() < 20) {
                refs.add(ref.asText());
            }
        }
        return order;
    }

    private static String text(JsonNode node, String field, int max) {
        JsonNode value = node.path(field);
        if (!value.isTextual() || value.asText().isBlank() || value.asText().length() > max) {
            throw new IllegalArgumentException(field + ": expected a text of at most " + max + " characters");
        }
        return value.asText();
    }
}
