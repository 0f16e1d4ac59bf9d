package dev.salescycle.host.mail;

import java.time.Instant;

/**
 * What a valid unsubscribe token says.
 *
 * @param shopId the shop whose marketing the address leaves
 * @param email the address, lower case
 * @param expiresAt when the token stops being accepted
 */
public record UnsubscribeToken(String shopId, String email, Instant expiresAt) {
}
