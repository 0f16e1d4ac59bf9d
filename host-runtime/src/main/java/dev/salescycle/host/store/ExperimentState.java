package dev.salescycle.host.store;

import java.time.Instant;

/**
 * Where one experiment stands, as every host reads it from the store.
 *
 * @param shopId the shop
 * @param experimentId the experiment
 * @param definition the admin API body that created it, or null for an experiment of the config file
 * @param phase {@code DRAFT}, {@code RUNNING}, {@code STOPPED} or {@code PROMOTED}
 * @param startedAt when it first started assigning units, or null
 * @param stoppedAt when it last stopped, or null
 * @param promoted the promoted variant, or null
 * @param promotedAt when it was promoted, or null
 * @param updatedAt the last change
 */
public record ExperimentState(String shopId, String experimentId, String definition, String phase, Instant startedAt,
                              Instant stoppedAt, String promoted, Instant promotedAt, Instant updatedAt) {
}
