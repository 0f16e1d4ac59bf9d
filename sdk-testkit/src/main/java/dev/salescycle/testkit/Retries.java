package dev.salescycle.testkit;

import java.net.http.HttpRequest;
import java.util.Set;

/** Which requests may be sent again after the connection failed under them: those that change nothing twice. */
final class Retries {

    private static final Set<String> IDEMPOTENT_METHODS = Set.of("GET", "HEAD", "PUT", "DELETE", "OPTIONS");

    private Retries() {
    }

    static boolean idempotent(HttpRequest request) {
        if (IDEMPOTENT_METHODS.contains(request.method())) {
            return true;
        }
        return "POST".equals(request.method()) && (request.uri().getPath().endsWith("/cart/evaluate")
                || request.headers().firstValue("Idempotency-Key").isPresent());
    }
}
