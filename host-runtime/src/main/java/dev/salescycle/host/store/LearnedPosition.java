package dev.salescycle.host.store;

import java.time.Instant;

/**
 * How far one host's plugins have learned a shop's order stream.
 *
 * @param hostId the host
 * @param position every plugin of the shop on that host has taken the orders up to here
 * @param seenAt when the host last wrote it
 */
public record LearnedPosition(String hostId, long position, Instant seenAt) {
}
