package dev.salescycle.samples.storefront;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

/**
 * {@code POST /checkout}: the shopper's cart, e-mail, visitor id and attribution references, placed as an order on
 * the host with the shop's key. Prices come from the shop's catalogue, never from the browser. Answers
 * {@code 201 {"orderId", "thankYouToken"}}, what the thank-you page needs.
 */
final class CheckoutServlet extends HttpServlet {

    private static final int MAX_BODY = 64 * 1024;

    private final transient ObjectMapper json;
    private final transient CartOrder orderOf;
    private final transient HostOrders orders;

    CheckoutServlet(ObjectMapper json, Catalogue catalogue, HostOrders orders) {
        this.json = json;
        this.orderOf = new CartOrder(json, catalogue);
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
            order = orderOf.apply(cart == null ? json.nullNode() : cart);
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
