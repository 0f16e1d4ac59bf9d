package dev.salescycle.host.http;

import dev.salescycle.host.access.Audience;
import dev.salescycle.host.access.RateClass;
import java.io.IOException;

/**
 * One line of the route table: method, path pattern ({@code {name}} segments capture), who may call it, which
 * rate-limit bucket it draws from, and whether its body must be JSON.
 *
 * @param method the HTTP method; a GET route also answers HEAD
 * @param pattern such as {@code api/v1/shops/{shop}/leads}
 * @param audience who may call it
 * @param rate which bucket it draws from
 * @param json whether a body, if any, must be {@code application/json}
 * @param handler what answers it
 */
record Route(String method, String pattern, Audience audience, RateClass rate, boolean json, Handler handler) {

    /** Answers an admitted request. */
    @FunctionalInterface
    interface Handler {
        void handle(Exchange exchange) throws IOException;
    }

    String[] segments() {
        return pattern.split("/");
    }
}
