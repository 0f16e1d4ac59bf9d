package dev.salescycle.host.service;

/**
 * A request the host refuses, with the HTTP status, a stable error code, a message for a person and,
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

    /** A 404 for a shop this host does not have, naming the field {@code shopId}. */
    public static RequestException unknownShop(String shopId) {
        return new RequestException(404, "unknown_shop", "no shop '" + shopId + "' on this host", "shopId");
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
