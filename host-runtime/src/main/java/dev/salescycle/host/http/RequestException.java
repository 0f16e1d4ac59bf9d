package dev.salescycle.host.http;

/**
 * A request the HTTP edge refuses before any service sees it (a malformed body, a missing credential, a
 * method the route does not take), with the HTTP status, a stable error code, a message for a person and,
 * where one field is at fault, its name.
 */
public final class RequestException extends RuntimeException {

    private final int status;
    private final String code;
    private final String field;

    public RequestException(int status, String code, String message, String field) {
        super(message, null, false, false);
        this.status = status;
        this.code = code;
        this.field = field;
    }

    public static RequestException badField(String field, String message) {
        return new RequestException(400, "invalid_field", field + ": " + message, field);
    }

    public int status() {
        return status;
    }

    public String code() {
        return code;
    }

    public String field() {
        return field;
    }
}
