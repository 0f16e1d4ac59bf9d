package dev.salescycle.host.store;

import java.util.Objects;

/**
 * The answer given to a request the first time, kept so a repeated request gets it again.
 *
 * @param requestHash a hash of the first request's body; a repeat with another hash is a conflict
 * @param status the HTTP status of the first answer
 * @param body the body of the first answer
 */
public record IdempotentResponse(String requestHash, int status, String body) {

    public IdempotentResponse {
        Objects.requireNonNull(requestHash, "requestHash");
        Objects.requireNonNull(body, "body");
    }
}
