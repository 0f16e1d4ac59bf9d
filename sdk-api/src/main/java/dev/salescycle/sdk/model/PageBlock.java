package dev.salescycle.sdk.model;

import java.util.Objects;

/**
 * One block of the thank-you page. Which fields matter depends on the {@link BlockType}.
 *
 * @param type the kind of block
 * @param title a heading or link text, or null
 * @param text body text (HTML for {@link BlockType#HTML}), or null
 * @param url a link or picture address (http, https or relative), or null
 * @param code a coupon or referral code, or null
 * @since 1.0.0
 */
public record PageBlock(BlockType type, String title, String text, String url, String code) {

    /**
     * Checks the block; prefer the factory methods.
     *
     * @throws NullPointerException if {@code type} is null
     */
    public PageBlock {
        Objects.requireNonNull(type, "type");
    }

    /** A heading. */
    public static PageBlock heading(String title) {
        return new PageBlock(BlockType.HEADING, title, null, null, null);
    }

    /** A paragraph of text. */
    public static PageBlock text(String text) {
        return new PageBlock(BlockType.TEXT, null, text, null, null);
    }

    /** A coupon code with a sentence saying what it gives. */
    public static PageBlock coupon(String code, String text) {
        return new PageBlock(BlockType.COUPON, null, text, null, code);
    }

    /** A referral code with a sentence and a link to share. */
    public static PageBlock referral(String code, String text, String url) {
        return new PageBlock(BlockType.REFERRAL, null, text, url, code);
    }

    /** A link. */
    public static PageBlock link(String title, String url) {
        return new PageBlock(BlockType.LINK, title, null, url, null);
    }
}
