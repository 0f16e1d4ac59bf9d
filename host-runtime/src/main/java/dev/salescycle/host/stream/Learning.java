package dev.salescycle.host.stream;

import dev.salescycle.host.store.LearnedPosition;
import java.util.List;

/**
 * Whether the plugins of every live host have learned a shop's stream up to a position.
 *
 * @param position the position asked about, such as an import's last
 * @param caughtUp whether every live host learned up to it
 * @param hosts each live host's learned position, by host id
 */
public record Learning(long position, boolean caughtUp, List<LearnedPosition> hosts) {
}
