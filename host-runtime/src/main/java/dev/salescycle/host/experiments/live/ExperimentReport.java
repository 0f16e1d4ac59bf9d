package dev.salescycle.host.experiments.live;

import dev.salescycle.host.config.ExperimentConfig;
import dev.salescycle.host.experiments.decision.Decision;
import dev.salescycle.host.store.ExperimentState;
import java.time.Duration;
import java.util.List;

/**
 * An experiment with where it stands and its results.
 *
 * @param shopId the shop
 * @param config the experiment as declared
 * @param state where it stands (phase, times, promoted variant)
 * @param arms each variant's figures, the control first
 * @param decision the engine's decision at this look
 * @param running how long it has assigned units
 */
public record ExperimentReport(String shopId, ExperimentConfig config, ExperimentState state, List<ArmReport> arms,
                               Decision decision, Duration running) {

    public ExperimentReport {
        arms = List.copyOf(arms);
    }
}
