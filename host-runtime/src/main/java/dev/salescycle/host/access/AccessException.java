package dev.salescycle.host.access;

import java.util.Map;

/**
 * A request turned away at the door: no or a wrong credential (401), an origin or preflight not allowed (403),
 * too many requests or wrong credentials (429), with the headers the answer needs.
 */
public final class AccessException extends RuntimeException {

    private final int status;
    private final String code;
    private final Map<String, String> headers;

    AccessException(int status, String code, String message, Map<String, String> headers) {
        super(message, null, false, false);
        this.status = status;
        this.code = code;
        this.headers = Map.copyOf(headers);
    }

    public int status() {
        return status;
    }

    public String code() {
        return code;
    }

    /** Headers the answer carries, such as {@code Retry-After} or {@code WWW-Authenticate}. */
    public Map<String, String> headers() {
        return headers;
    }
}
