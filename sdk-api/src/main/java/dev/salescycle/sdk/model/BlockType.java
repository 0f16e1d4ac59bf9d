package dev.salescycle.sdk.model;

/**
 * The kind of a block on the thank-you page.
 *
 * @since 1.0.0
 */
public enum BlockType {
    /** A heading: {@code title}. */
    HEADING,
    /** A paragraph: {@code text}. */
    TEXT,
    /** A coupon: {@code code}, {@code text} says what it gives. */
    COUPON,
    /** A referral code to share: {@code code}, and {@code url} to share when set. */
    REFERRAL,
    /** A link: {@code url} with {@code title}. */
    LINK,
    /** A picture: {@code url}, with {@code title} as its alternative text. */
    IMAGE,
    /** HTML in {@code text}; the host sanitises it before showing it. */
    HTML
}
