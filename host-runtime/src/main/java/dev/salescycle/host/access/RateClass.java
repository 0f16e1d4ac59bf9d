package dev.salescycle.host.access;

/** Which of the browser routes' buckets a route draws from. */
public enum RateClass {
    /** Lead capture, the route that stores what strangers type. */
    LEADS,
    /** Every other route a browser or mail program reaches without a secret. */
    BROWSER,
    /** Routes behind a key or the admin token: not limited by bucket (wrong credentials back off instead). */
    NONE
}
