package dev.salescycle.it;

import dev.salescycle.testkit.ApiClient;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.TreeMap;

/** The calls {@link ApiClient} has no method for: DELETE, form posts, absolute links. */
final class Http {

    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private Http() {
    }

    static ApiClient.Response get(String uri) {
        return send(HttpRequest.newBuilder(URI.create(uri)).GET());
    }

    static ApiClient.Response delete(URI uri, String bearer) {
        return send(HttpRequest.newBuilder(uri).DELETE().header("Authorization", "Bearer " + bearer));
    }

    static ApiClient.Response postForm(String uri, String form) {
        return send(HttpRequest.newBuilder(URI.create(uri)).POST(HttpRequest.BodyPublishers.ofString(form))
                .header("Content-Type", "application/x-www-form-urlencoded"));
    }

    static Map<String, String> bearer(String token) {
        return Map.of("Authorization", "Bearer " + token);
    }

    /**
     * Every call here is idempotent (GET, DELETE, the unsubscribe and consent forms), so one that fails on a
     * pooled connection the JDK client had already closed ("HTTP/1.1 header parser received no bytes", seen
     * with JDK 17 on loopback) is sent once more on a new connection.
     */
    private static ApiClient.Response send(HttpRequest.Builder request) {
        HttpRequest built = request.timeout(Duration.ofSeconds(30)).build();
        try {
            return answer(built);
        } catch (UncheckedIOException first) {
            return answer(built);
        }
    }

    private static ApiClient.Response answer(HttpRequest request) {
        try {
            HttpResponse<String> answer = CLIENT.send(request, HttpResponse.BodyHandlers.ofString());
            Map<String, String> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
            answer.headers().map().forEach((k, v) -> headers.put(k, v.isEmpty() ? "" : v.get(0)));
            return new ApiClient.Response(answer.statusCode(), answer.body(), headers);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
