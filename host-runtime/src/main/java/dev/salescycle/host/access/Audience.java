package dev.salescycle.host.access;

/** Who a route is for, and so which credential it takes. */
public enum Audience {
    /** The shopper's browser: no secret, the shop's CORS allowlist, rate limits; a shop key makes the caller the shop's server. */
    BROWSER,
    /** The shop's own server: {@code Authorization: Bearer <shop API key>}. */
    SHOP_SERVER,
    /** The shop's server, or the operator with the admin token (customer export and erasure). */
    SHOP_SERVER_OR_OPERATOR,
    /** The operator: {@code Authorization: Bearer <host.adminToken>}. */
    OPERATOR
}
