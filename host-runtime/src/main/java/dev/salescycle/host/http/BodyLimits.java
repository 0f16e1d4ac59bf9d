package dev.salescycle.host.http;

/**
 * How large request bodies may be.
 *
 * @param body the largest JSON body
 * @param imports the largest import or plugin upload
 */
public record BodyLimits(long body, long imports) {
}
