package dev.salescycle.host.service;

/**
 * An HTTP answer as stored for idempotent repeats.
 *
 * @param status the HTTP status
 * @param body the JSON body
 */
public record StoredAnswer(int status, String body) {
}
