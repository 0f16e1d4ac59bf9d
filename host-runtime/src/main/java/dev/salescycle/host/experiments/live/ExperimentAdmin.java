package dev.salescycle.host.experiments.live;

import dev.salescycle.host.dispatch.RunningShops;
import dev.salescycle.host.config.ConfigException;
import dev.salescycle.host.config.ExperimentConfig;
import dev.salescycle.host.config.ExperimentReader;
import dev.salescycle.host.config.ShopConfig;
import dev.salescycle.host.dispatch.ShopRuntime;
import dev.salescycle.host.dispatch.StageExperiment;
import dev.salescycle.host.domain.InvalidInputException;
import dev.salescycle.host.domain.NotFoundException;
import dev.salescycle.host.domain.RefusedException;
import dev.salescycle.host.domain.StateConflictException;
import dev.salescycle.host.lifecycle.PluginLifecycle;
import dev.salescycle.host.dispatch.RunningShops;
import dev.salescycle.host.store.ExperimentRecords;
import java.time.Clock;
import java.util.List;
import java.util.Set;

/** The operator's view and changes of a shop's experiments: list, read, create, start, stop, promote, revert. */
public final class ExperimentAdmin {

    private final RunningShops shops;
    private final PluginLifecycle lifecycle;
    private final ExperimentRecords records;
    private final ExperimentStates states;
    private final ExperimentResults results;
    private final Clock clock;

    public ExperimentAdmin(RunningShops shops, PluginLifecycle lifecycle, ExperimentRecords records, ExperimentStates states,
                           ExperimentResults results, Clock clock) {
        this.shops = shops;
        this.lifecycle = lifecycle;
        this.records = records;
        this.states = states;
        this.results = results;
        this.clock = clock;
    }

    /** Every experiment of the shop with its results, in stage order. */
    public List<ExperimentReport> list(String shopId) {
        ShopRuntime shop = shops.require(shopId);
        return shop.experiments().stream().map(e -> report(shopId, e.config())).toList();
    }

    /** One experiment with its results. */
    public ExperimentReport get(String shopId, String experimentId) {
        return report(shopId, require(shopId, experimentId).config());
    }

    /**
     * Creates an experiment from an admin API body, as a draft that assigns nobody until started.
     *
     * @throws InvalidInputException naming the field at fault, when it is malformed or does not fit the plugins
     */
    public ExperimentReport create(String shopId, String body) {
        ShopConfig shop = shops.require(shopId).config();
        ExperimentConfig experiment;
        try {
            experiment = ExperimentReader.fromApi(body, shop);
        } catch (ConfigException e) {
            throw new InvalidInputException("invalid_experiment", e.getMessage(), e.field() == null ? "body" : e.field());
        }
        if (shop.experiment(experiment.id()) != null) {
            throw new StateConflictException("experiment_exists", "shop " + shopId + " already has experiment '"
                    + experiment.id() + "'", "id");
        }
        shop.experiments().stream().filter(e -> e.stage().equals(experiment.stage())).findFirst().ifPresent(e -> {
            throw new StateConflictException("stage_taken", "experiment '" + e.id() + "' already splits "
                    + e.stage() + "; a shop runs at most one experiment per stage", "stage");
        });
        if (!records.create(shopId, experiment.id(), body, clock.instant())) {
            throw new StateConflictException("experiment_exists", "shop " + shopId + " already has experiment '"
                    + experiment.id() + "' (stored)", "id");
        }
        try {
            lifecycle.putExperiment(shopId, experiment);
        } catch (RefusedException e) {
            records.forget(shopId, experiment.id());
            String message = e.getMessage();
            int colon = message.indexOf(": ");
            throw new InvalidInputException("invalid_experiment", message, colon > 0 ? message.substring(0, colon) : "body");
        }
        states.refresh();
        return get(shopId, experiment.id());
    }

    /** Starts (or restarts) assigning units. */
    public ExperimentReport start(String shopId, String experimentId) {
        return change(shopId, experimentId, Set.of("DRAFT", "STOPPED"), "RUNNING", null);
    }

    /** Stops assigning units; the shop runs as configured, the figures stay. */
    public ExperimentReport stop(String shopId, String experimentId) {
        return change(shopId, experimentId, Set.of("RUNNING"), "STOPPED", null);
    }

    /**
     * Makes a variant what every request runs at the stage: the named one, or without a name the winner, which
     * needs a {@code WINNER} verdict (so never on a sample-ratio mismatch or a harmed guardrail).
     */
    public ExperimentReport promote(String shopId, String experimentId, String variant) {
        StageExperiment experiment = require(shopId, experimentId);
        String chosen = variant;
        if (chosen == null) {
            ExperimentReport report = report(shopId, experiment.config());
            if (!report.decision().promotable()) {
                throw new StateConflictException("no_winner", "experiment '" + experimentId + "' has no winner to"
                        + " promote (" + report.decision().verdict() + ": " + report.decision().reason()
                        + "); name a variant to promote it anyway", "variant");
            }
            chosen = report.decision().winner();
        } else if (experiment.config().variant(chosen) == null) {
            throw InvalidInputException.field("variant", "experiment '" + experimentId + "' has no variant '" + chosen + "'");
        }
        return change(shopId, experimentId, Set.of("RUNNING", "STOPPED"), "PROMOTED", chosen);
    }

    /** Undoes a promotion: the shop runs as configured again; the experiment stays stopped. */
    public ExperimentReport revert(String shopId, String experimentId) {
        return change(shopId, experimentId, Set.of("PROMOTED"), "STOPPED", null);
    }

    private ExperimentReport change(String shopId, String experimentId, Set<String> from, String to, String promoted) {
        require(shopId, experimentId);
        states.refresh();
        if (!records.transition(shopId, experimentId, from, to, promoted, clock.instant())) {
            var state = states.state(shopId, experimentId);
            throw new StateConflictException("wrong_phase", "experiment '" + experimentId + "' is "
                    + (state == null ? "unknown to the store" : state.phase()) + "; this needs it to be one of "
                    + new java.util.TreeSet<>(from), null);
        }
        states.refresh();
        return get(shopId, experimentId);
    }

    private StageExperiment require(String shopId, String experimentId) {
        return shops.require(shopId).experiments().stream().filter(e -> e.config().id().equals(experimentId))
                .findFirst().orElseThrow(() -> new NotFoundException("unknown_experiment", "shop " + shopId
                        + " has no experiment '" + experimentId + "'", null));
    }

    private ExperimentReport report(String shopId, ExperimentConfig config) {
        return results.report(shopId, config, states.state(shopId, config.id()));
    }
}
