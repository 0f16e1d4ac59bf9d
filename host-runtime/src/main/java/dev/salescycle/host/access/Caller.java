package dev.salescycle.host.access;

/** Who a request was admitted as. */
public enum Caller {
    /** No credential: a shopper's browser, a mail program, a probe. */
    BROWSER,
    /** Showed one of the shop's API keys. */
    SHOP_SERVER,
    /** Showed the host's admin token. */
    OPERATOR
}
