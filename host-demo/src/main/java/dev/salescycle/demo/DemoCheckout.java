package dev.salescycle.demo;

import dev.salescycle.host.config.HostConfig;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The demo shop's own server, in a few lines: what a real shop's backend does for its storefront with the shop's
 * API key, which never reaches the browser. {@code GET /demo/shops} lists the shops, and for each shop
 * {@code GET .../products} (the catalogue), {@code POST .../checkout} (places the order: the host's answer,
 * with the thank-you token) and {@code GET .../orders/{id}/messages} call the host with the shop's key.
 */
final class DemoCheckout extends HttpServlet {

    private static final Pattern ROUTE = Pattern.compile("/shops/([a-z0-9][a-z0-9._-]{0,63})/(products|checkout|orders/([^/]{1,200})/messages)");
    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    private final transient HostConfig config;
    private final transient Map<String, String> keys;
    private final transient Supplier<URI> host;
    private final transient HttpClient http = HttpClient.newBuilder().connectTimeout(TIMEOUT).build();

    /** @param keys each shop's API key by shop id */
    DemoCheckout(HostConfig config, Map<String, String> keys, Supplier<URI> host) {
        this.config = config;
        this.keys = Map.copyOf(keys);
        this.host = host;
    }

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setHeader("Cache-Control", "no-store");
        String path = request.getPathInfo() == null ? "" : request.getPathInfo();
        if (path.equals("/shops") && request.getMethod().equals("GET")) {
            StringBuilder out = new StringBuilder("[");
            config.shops().values().forEach(shop -> out.append(out.length() > 1 ? "," : "").append("{\"id\":\"")
                    .append(shop.id()).append("\",\"currency\":\"").append(shop.currency().getCurrencyCode())
                    .append("\",\"plugins\":[").append(String.join(",", shop.plugins().stream()
                            .map(p -> "\"" + p.id() + "\"").toList())).append("]}"));
            write(response, 200, out.append("]").toString());
            return;
        }
        Matcher m = ROUTE.matcher(path);
        String key = m.matches() ? keys.get(m.group(1)) : null;
        if (key == null) {
            write(response, 404, "{\"error\":{\"code\":\"not_found\",\"message\":\"no such demo route: " + path.replaceAll("[^\\w/.-]", "") + "\"}}");
            return;
        }
        String shopPath = "api/v1/shops/" + m.group(1) + "/";
        boolean checkout = m.group(2).equals("checkout");
        if (!request.getMethod().equals(checkout ? "POST" : "GET")) {
            write(response, 405, "{\"error\":{\"code\":\"method_not_allowed\",\"message\":\"use " + (checkout ? "POST" : "GET") + " here\"}}");
            return;
        }
        HttpRequest.Builder call = HttpRequest.newBuilder(host.get().resolve(shopPath + (checkout ? "orders" : m.group(2))))
                .timeout(TIMEOUT).header("Authorization", "Bearer " + key).header("Accept", "application/json");
        if (checkout) {
            String idempotencyKey = request.getHeader("Idempotency-Key");
            if (idempotencyKey != null) {
                call.header("Idempotency-Key", idempotencyKey);
            }
            if (request.getContentType() != null) {
                call.header("Content-Type", request.getContentType());
            }
            call.POST(HttpRequest.BodyPublishers.ofByteArray(request.getInputStream().readNBytes(256 * 1024)));
        }
        HttpRequest built = call.build();
        boolean idempotent = !checkout || built.headers().firstValue("Idempotency-Key").isPresent();
        try {
            HttpResponse<String> answer = sendRetryingOnce(built, idempotent);
            write(response, answer.statusCode(), answer.body());
        } catch (IOException e) {
            write(response, 502, "{\"error\":{\"code\":\"host_unreachable\",\"message\":\"the host could not be reached\"}}");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            write(response, 503, "{\"error\":{\"code\":\"unavailable\",\"message\":\"the host did not answer\"}}");
        }
    }

    /**
     * The JDK 17 client sometimes hands a pooled connection it has already closed to the next request, which
     * then fails with "header parser received no bytes" before anything was sent; a request that is safe to
     * repeat is sent once more.
     */
    private HttpResponse<String> sendRetryingOnce(HttpRequest call, boolean idempotent)
            throws IOException, InterruptedException {
        try {
            return http.send(call, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            if (!idempotent) {
                throw e;
            }
            return http.send(call, HttpResponse.BodyHandlers.ofString());
        }
    }

    private static void write(HttpServletResponse response, int status, String json) throws IOException {
        byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
        response.setStatus(status);
        response.setContentType("application/json;charset=utf-8");
        response.setContentLength(bytes.length);
        response.getOutputStream().write(bytes);
    }
}
