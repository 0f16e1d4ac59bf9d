package dev.salescycle.host.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.salescycle.host.service.ImportService;
import dev.salescycle.host.store.FunnelEventType;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.concurrent.atomic.AtomicReference;

/** The routes under {@code /api/v1/shops/{shopId}}. */
final class ShopRoutes {

    private static final int MAX_PRODUCTS = 10_000;
    private static final String JSON = "application/json;charset=utf-8";

    private final HostApi api;

    ShopRoutes(HostApi api) {
        this.api = api;
    }

    void handle(String method, String[] p, HttpServletRequest request, HttpServletResponse response) throws IOException {
        String shop = p[0];
        String route = p.length == 1 ? "" : String.join("/", java.util.Arrays.copyOfRange(p, 1, p.length));
        api.shops().require(shop);
        if (route.equals("leads")) {
            ApiServlet.require(method, "POST");
            var lead = RequestReaders.lead(body(request));
            ApiServlet.answerAsync(request, response, api.leads().capture(shop, lead),
                    captured -> ApiServlet.writeJson(response, 201, Views.lead(captured)));
        } else if (route.equals("cart/evaluate")) {
            ApiServlet.require(method, "POST");
            var cart = RequestReaders.cart(body(request));
            ApiServlet.answerAsync(request, response, api.carts().evaluate(shop, cart),
                    evaluation -> ApiServlet.writeBytes(response, 200, JSON, Views.evaluation(evaluation)));
        } else if (route.equals("orders")) {
            ApiServlet.require(method, "POST");
            placeOrder(shop, request, response);
        } else if (route.equals("orders/import")) {
            ApiServlet.require(method, "POST");
            importOrders(shop, request, response);
        } else if (p.length == 4 && p[1].equals("orders") && p[3].equals("thank-you")) {
            ApiServlet.require(method, "GET");
            thankYou(shop, p[2], request, response);
        } else if (p.length == 4 && p[1].equals("orders") && p[3].equals("messages")) {
            ApiServlet.require(method, "GET");
            ArrayNode messages = Json.MAPPER.createArrayNode();
            api.store().messagesOfOrder(shop, p[2]).forEach(m -> messages.add(Views.message(m)));
            ApiServlet.writeJson(response, 200, Views.object().put("orderId", p[2]).set("messages", messages));
        } else if (p.length == 3 && p[1].equals("customers")) {
            new CustomerRoutes(api).handle(method, shop, request, response);
        } else if (route.equals("products")) {
            products(method, shop, request, response);
        } else {
            throw new RequestException(404, "not_found", "no such resource in shop " + shop + ": /" + route, null);
        }
    }

    private JsonNode body(HttpServletRequest request) throws IOException {
        return Bodies.json(Bodies.read(request, api.maxBodyBytes()));
    }

    private void placeOrder(String shop, HttpServletRequest request, HttpServletResponse response) throws IOException {
        byte[] raw = Bodies.read(request, api.maxBodyBytes());
        JsonNode body = Bodies.json(raw);
        var order = RequestReaders.order(body, api.clock().instant());
        String key = request.getHeader("Idempotency-Key");
        if (key != null && (key.isBlank() || key.length() > 200)) {
            throw new RequestException(400, "invalid_header", "Idempotency-Key must be 1..200 characters", "Idempotency-Key");
        }
        String hash = sha256(Json.MAPPER.writeValueAsBytes(body));
        ApiServlet.answerAsync(request, response, api.orders().place(shop, order, key, hash, RequestReaders.orderConsent(body)),
                answer -> ApiServlet.writeRaw(response, answer.status(), answer.body()));
    }

    private void thankYou(String shop, String orderId, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        String json = api.store().thankYouJson(shop, orderId).orElseThrow(() ->
                new RequestException(404, "unknown_order", "no order '" + orderId + "' in shop " + shop, null));
        JsonNode blocks = Json.MAPPER.readTree(json);
        api.funnel().record(shop, FunnelEventType.THANK_YOU_SHOWN, orderId, null);
        if ("html".equals(request.getParameter("format"))) {
            response.setContentType("text/html;charset=utf-8");
            response.setHeader("Content-Security-Policy", "default-src 'none'; img-src https: http:; style-src 'unsafe-inline'");
            response.getWriter().write(ThankYouHtml.render(blocks));
            return;
        }
        ApiServlet.writeJson(response, 200, Views.object().put("orderId", orderId).set("blocks", blocks));
    }

    private void products(String method, String shop, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        if (method.equals("GET")) {
            ArrayNode out = Json.MAPPER.createArrayNode();
            api.products().list(shop).forEach(p -> out.add(Views.product(p)));
            ApiServlet.writeJson(response, 200, out);
            return;
        }
        ApiServlet.require(method, "PUT");
        int upserted = api.products().upsert(shop, RequestReaders.products(body(request), MAX_PRODUCTS));
        ApiServlet.writeJson(response, 200, Views.object().put("upserted", upserted));
    }

    private void importOrders(String shop, HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (request.getContentLengthLong() > api.maxImportBytes()) {
            throw Bodies.tooLarge(api.maxImportBytes());
        }
        String type = request.getContentType() == null ? "" : request.getContentType().toLowerCase();
        boolean csv = type.contains("csv") || "csv".equals(request.getParameter("format"));
        String prefix = request.getParameter("batch") == null ? "basket" : request.getParameter("batch");
        var reader = new OrderImportReader(api.shops().require(shop).config().currency(), api.clock().instant(), prefix);
        // A line may be as long as the body of one order placed.
        var lines = new ImportLines(new InputStreamReader(new LimitedInputStream(request.getInputStream(),
                api.maxImportBytes()), StandardCharsets.UTF_8), (int) Math.min(api.maxBodyBytes(), Integer.MAX_VALUE - 8));
        var cutShort = new AtomicReference<RequestException>();
        ImportService.Report report = api.imports().run(shop, session -> reader.read(lines, csv, session)
                .ifPresent(cutShort::set));
        ObjectNode body = Views.object();
        RequestException refusal = cutShort.get();
        if (refusal != null) {
            Bodies.dropRest(request.getInputStream());
            body.putObject("error").put("code", refusal.code())
                    .put("message", refusal.getMessage() + "; the lines before the limit were imported")
                    .put("field", refusal.field());
        }
        body.put("imported", report.imported()).put("skipped", report.skipped())
                .set("errors", Json.MAPPER.valueToTree(report.errors()));
        ApiServlet.writeJson(response, refusal == null ? 200 : refusal.status(), body);
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
