package dev.salescycle.it;

import dev.salescycle.testkit.ApiClient;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.function.Supplier;

/**
 * Posts a body read from a stream, sent chunked (no Content-Length), as a client streaming a large file does, with
 * the shop key of {@link TestKeys}.
 */
final class ChunkedUpload {

    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private ChunkedUpload() {
    }

    static ApiClient.Response post(URI uri, String contentType, Supplier<InputStream> body) {
        HttpRequest request = HttpRequest.newBuilder(uri).timeout(Duration.ofMinutes(5))
                .header("Content-Type", contentType).header("Authorization", TestKeys.AUTH.get("Authorization")).POST(HttpRequest.BodyPublishers.ofInputStream(body)).build();
        try {
            HttpResponse<String> answer = CLIENT.send(request, HttpResponse.BodyHandlers.ofString());
            return new ApiClient.Response(answer.statusCode(), answer.body(), java.util.Map.of());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
