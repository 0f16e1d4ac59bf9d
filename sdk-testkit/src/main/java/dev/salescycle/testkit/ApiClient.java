package dev.salescycle.testkit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;

/**
 * A small HTTP client for tests against a running host: JSON in, status and body out.
 *
 * <p>The JDK's client keeps connections open and reuses them; when the host has closed an idle one in the
 * meantime, the JDK fails the request with an {@link IOException} such as "HTTP/1.1 header parser received no
 * bytes" although the host never saw it. This client then sends an idempotent request once more, on a fresh
 * connection: GET, HEAD, PUT and DELETE, a cart evaluation, and a POST carrying an {@code Idempotency-Key}.
 * Other requests fail with the {@link UncheckedIOException}, as they may have been received.
 *
 * @since 1.0.0
 */
public final class ApiClient {

    /**
     * An answer.
     *
     * @param status the HTTP status
     * @param body the body as text
     * @param headers the response headers (first value of each)
     */
    public record Response(int status, String body, Map<String, String> headers) {
    }

    private final URI base;
    private final Map<String, String> defaults;
    private final HttpClient http;

    /** A client of the host at {@code base}, such as {@code http://127.0.0.1:41234/}. */
    public ApiClient(URI base) {
        this(base, Map.of(), HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build());
    }

    private ApiClient(URI base, Map<String, String> defaults, HttpClient http) {
        this.base = base;
        this.defaults = defaults;
        this.http = http;
    }

    /**
     * A client that sends these headers with every request unless a call names the same header, such as
     * {@code Authorization: Bearer <shop API key>} for the shop server's routes.
     */
    public ApiClient withHeaders(Map<String, String> headers) {
        Map<String, String> merged = new java.util.TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        merged.putAll(defaults);
        merged.putAll(headers);
        return new ApiClient(base, Map.copyOf(merged), http);
    }

    /** GETs a path relative to the host, such as {@code /health}. */
    public Response get(String path) {
        return get(path, Map.of());
    }

    /** GETs with extra headers (for example {@code Authorization}). */
    public Response get(String path, Map<String, String> headers) {
        return send(HttpRequest.newBuilder(base.resolve(path)).GET(), headers);
    }

    /** POSTs a JSON body to a path relative to the host. */
    public Response post(String path, String json) {
        return post(path, json, Map.of());
    }

    /**
     * POSTs JSON with extra headers (for example {@code Idempotency-Key}); a {@code Content-Type} among them
     * replaces {@code application/json}.
     */
    public Response post(String path, String json, Map<String, String> headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path)).POST(HttpRequest.BodyPublishers.ofString(json));
        if (headers.keySet().stream().noneMatch("Content-Type"::equalsIgnoreCase)) {
            request.header("Content-Type", "application/json");
        }
        return send(request, headers);
    }

    /** POSTs a body with the given content type (imports). */
    public Response post(String path, String body, String contentType) {
        return send(HttpRequest.newBuilder(base.resolve(path)).POST(HttpRequest.BodyPublishers.ofString(body))
                .header("Content-Type", contentType), Map.of());
    }

    /**
     * DELETEs a path relative to the host, with extra headers (for example {@code Authorization}).
     *
     * @since 1.1.0
     */
    public Response delete(String path, Map<String, String> headers) {
        return send(HttpRequest.newBuilder(base.resolve(path)).DELETE(), headers);
    }

    /** PUTs a JSON body to a path relative to the host. */
    public Response put(String path, String json) {
        return send(HttpRequest.newBuilder(base.resolve(path)).PUT(HttpRequest.BodyPublishers.ofString(json))
                .header("Content-Type", "application/json"), Map.of());
    }

    private Response send(HttpRequest.Builder request, Map<String, String> headers) {
        headers.forEach(request::header);
        defaults.forEach((name, value) -> {
            if (headers.keySet().stream().noneMatch(name::equalsIgnoreCase)) {
                request.header(name, value);
            }
        });
        HttpRequest built = request.timeout(Duration.ofSeconds(30)).build();
        try {
            return exchange(built);
        } catch (IOException e) {
            if (!Retries.idempotent(built) || e instanceof java.net.http.HttpTimeoutException) {
                throw new UncheckedIOException(e);
            }
            try {
                return exchange(built);
            } catch (IOException again) {
                again.addSuppressed(e);
                throw new UncheckedIOException(again);
            }
        }
    }

    private Response exchange(HttpRequest request) throws IOException {
        try {
            HttpResponse<String> answer = http.send(request, HttpResponse.BodyHandlers.ofString());
            Map<String, String> first = new java.util.TreeMap<>(String.CASE_INSENSITIVE_ORDER);
            answer.headers().map().forEach((k, v) -> first.put(k, v.isEmpty() ? "" : v.get(0)));
            return new Response(answer.statusCode(), answer.body(), first);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
