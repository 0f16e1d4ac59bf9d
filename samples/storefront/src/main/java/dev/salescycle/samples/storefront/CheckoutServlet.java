package dev.salescycle.samples.storefront;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;

/**
 * {@code POST /checkout}: the shopper's cart, e-mail, visitor id and attribution references, placed as an order on
 * the host with the shop's key. Prices come from the shop's catalogue, never from the browser. Answers
 * {@code 201 {"orderId", "thankYouToken"}}, what the thank-you page needs.
 */
final class CheckoutServlet extends HttpServlet {

    private static final Pattern CHECKOUT_ID = Pattern.compile("[A-Za-z0-9-]{8,64}");
    private static final int MAX_BODY = 64 * 1024;

    private final transient ObjectMapper json;
    private final transient Catalogue catalogue;
    private final transient HostOrders orders;

    CheckoutServlet(ObjectMapper json, Catalogue catalogue, HostOrders orders) {
        this.json = json;
        this.catalogue = catalogue;
        this.orders = orders;
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String type = request.getContentType();
        if (type == null || !type.toLowerCase().startsWith("application/json")) {
            error(response, 415, "unsupported_media_type", "send the cart as application/json");
            return;
        }
        ObjectNode order;
        try {
            JsonNode cart = json.readTree(request.getInputStream().readNBytes(MAX_BODY));
            order = order(cart == null ? json.nullNode() : cart);
        } catch (JsonProcessingException e) {
            error(response, 400, "malformed_json", "the cart is not JSON");
            return;
        } catch (IllegalArgumentException e) {
            error(response, 400, "invalid_cart", e.getMessage());
            return;
        }
        String orderId = order.path("orderId").asText();
        HttpResponse<String> placed;
        try {
            placed = orders.place(orderId, json.writeValueAsString(order));
        } catch (IOException e) {
            error(response, 502, "host_unreachable", "The order could not be placed now. Please try again.");
            return;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            error(response, 503, "unavailable", "The order could not be placed now. Please try again.");
            return;
        }
        if (placed.statusCode() != 201) {
            JsonNode answer = readOrEmpty(placed.body());
            error(response, placed.statusCode() >= 500 ? 502 : 400, "order_refused",
                    answer.path("error").path("message").asText("the host refused the order"));
            return;
        }
        JsonNode answer = json.readTree(placed.body());
        ObjectNode result = json.createObjectNode();
        result.put("orderId", answer.path("orderId").asText());
        result.put("thankYouToken", answer.path("thankYouToken").asText());
        result.put("total", order.path("total").asText());
        write(response, 201, result);
    }

    private ObjectNode order(JsonNode cart) {
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

    private JsonNode readOrEmpty(String body) {
        try {
            return json.readTree(body);
        } catch (JsonProcessingException e) {
            return json.createObjectNode();
        }
    }

    private void error(HttpServletResponse response, int status, String code, String message) throws IOException {
        ObjectNode body = json.createObjectNode();
        body.putObject("error").put("code", code).put("message", message);
        write(response, status, body);
    }

    private void write(HttpServletResponse response, int status, JsonNode body) throws IOException {
        byte[] bytes = json.writeValueAsBytes(body);
        response.setStatus(status);
        response.setContentType("application/json");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.setHeader("Cache-Control", "no-store");
        response.setContentLength(bytes.length);
        response.getOutputStream().write(bytes);
    }
}
