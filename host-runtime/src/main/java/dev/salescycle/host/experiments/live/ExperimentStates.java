package dev.salescycle.host.experiments.live;

import dev.salescycle.host.dispatch.RunningShops;
import dev.salescycle.host.config.ConfigException;
import dev.salescycle.host.config.ExperimentConfig;
import dev.salescycle.host.config.ExperimentReader;
import dev.salescycle.host.config.HostConfig;
import dev.salescycle.host.config.ShopConfig;
import dev.salescycle.host.dispatch.ExperimentPhase;
import dev.salescycle.host.dispatch.ExperimentSwitch;
import dev.salescycle.host.dispatch.ExperimentSwitches;
import dev.salescycle.host.dispatch.ShopRuntime;
import dev.salescycle.host.dispatch.StageExperiment;
import dev.salescycle.host.domain.DomainException;
import dev.salescycle.host.lifecycle.PluginLifecycle;
import dev.salescycle.host.dispatch.RunningShops;
import dev.salescycle.host.store.ExperimentRecords;
import dev.salescycle.host.store.ExperimentState;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps this host's experiment switches in step with the store, which every host shares: reads the states every
 * interval, binds experiments that another host created over the admin API, and promotes the winners of
 * experiments with auto-promotion on (only a {@code WINNER} verdict, so never on a sample-ratio mismatch or a
 * harmed guardrail).
 */
public final class ExperimentStates implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(ExperimentStates.class);

    private final ExperimentRecords records;
    private final ExperimentSwitches switches;
    private final RunningShops shops;
    private final Clock clock;
    private final Duration interval;
    private final Duration promoteEvery;
    private final Map<String, ExperimentState> current = new ConcurrentHashMap<>();
    private volatile PluginLifecycle lifecycle;
    private volatile ExperimentResults results;
    private final Thread worker;
    private volatile boolean stopped;

    /**
     * @param interval how often the states are read from the store
     * @param promoteEvery how often experiments with auto-promotion are judged
     */
    public ExperimentStates(ExperimentRecords records, ExperimentSwitches switches, RunningShops shops, Clock clock,
                            Duration interval, Duration promoteEvery) {
        this.records = records;
        this.switches = switches;
        this.shops = shops;
        this.clock = clock;
        this.interval = interval;
        this.promoteEvery = promoteEvery;
        this.worker = new Thread(this::loop, "salescycle-experiment-states");
        worker.setDaemon(true);
    }

    /** The config with the experiments created over the admin API that the store holds, before shops are bound. */
    public HostConfig withStoredExperiments(HostConfig config) {
        HostConfig out = config;
        for (ExperimentState state : records.states()) {
            ShopConfig shop = out.shops().get(state.shopId());
            if (state.definition() == null || shop == null || shop.experiment(state.experimentId()) != null) {
                continue;
            }
            try {
                ExperimentConfig experiment = ExperimentReader.fromApi(state.definition(), shop);
                if (shop.experiments().stream().noneMatch(e -> e.stage().equals(experiment.stage()))) {
                    List<ExperimentConfig> all = new java.util.ArrayList<>(shop.experiments());
                    all.add(experiment);
                    out = out.withShop(shop.withExperiments(all));
                }
            } catch (ConfigException e) {
                LOG.warn("Experiment {} of shop {} is stored but no longer reads: {}", state.experimentId(),
                        state.shopId(), e.getMessage());
            }
        }
        return out;
    }

    /** Records the config file's experiments, reads every state, and starts following the store. */
    public void start(PluginLifecycle changes, ExperimentResults judge) {
        this.lifecycle = changes;
        this.results = judge;
        refresh();
        worker.start();
    }

    /**
     * Reads every state from the store and sets this host's switches to match; an experiment of the config file
     * that the store does not know yet (new at start, or in a changed file) is recorded as running first.
     */
    public void refresh() {
        for (ShopRuntime shop : shops.all().values()) {
            for (StageExperiment experiment : shop.experiments()) {
                if (!"api".equals(experiment.config().origin()) && state(shop.id(), experiment.config().id()) == null) {
                    records.ensureKnown(shop.id(), experiment.config().id(), clock.instant());
                }
            }
        }
        for (ExperimentState state : records.states()) {
            current.put(state.shopId() + "/" + state.experimentId(), state);
            ExperimentSwitch sw = switches.find(state.shopId(), state.experimentId());
            if (sw == null && state.definition() != null) {
                bindStored(state);
                sw = switches.find(state.shopId(), state.experimentId());
            }
            if (sw != null) {
                sw.set(ExperimentPhase.valueOf(state.phase()), state.promoted());
            }
        }
    }

    /** The stored state of an experiment, as last read, or null. */
    public ExperimentState state(String shopId, String experimentId) {
        return current.get(shopId + "/" + experimentId);
    }

    private void bindStored(ExperimentState state) {
        PluginLifecycle changes = lifecycle;
        ShopConfig shop = changes == null ? null : shopConfig(state.shopId());
        if (shop == null || shop.experiment(state.experimentId()) != null) {
            return;
        }
        try {
            changes.putExperiment(state.shopId(), ExperimentReader.fromApi(state.definition(), shop));
        } catch (ConfigException | DomainException e) {
            LOG.warn("Experiment {} of shop {} cannot be bound here: {}", state.experimentId(), state.shopId(),
                    e.getMessage());
        }
    }

    private ShopConfig shopConfig(String shopId) {
        ShopRuntime shop = shops.all().get(shopId);
        return shop == null ? null : shop.config();
    }

    /** Promotes the winners of running experiments with auto-promotion on; returns how many. */
    public int promoteWinners() {
        int promoted = 0;
        for (ShopRuntime shop : shops.all().values()) {
            for (StageExperiment experiment : shop.experiments()) {
                ExperimentConfig config = experiment.config();
                if (!config.autoPromote() || experiment.state().state().phase() != ExperimentPhase.RUNNING) {
                    continue;
                }
                ExperimentReport report = results.report(shop.id(), config, state(shop.id(), config.id()));
                if (report.decision().promotable() && records.transition(shop.id(), config.id(), Set.of("RUNNING"),
                        "PROMOTED", report.decision().winner(), clock.instant())) {
                    LOG.info("Experiment {} of shop {} promoted its winner {}: {}", config.id(), shop.id(),
                            report.decision().winner(), report.decision().reason());
                    promoted++;
                }
            }
        }
        if (promoted > 0) {
            refresh();
        }
        return promoted;
    }

    private void loop() {
        long lastJudged = System.nanoTime();
        while (!stopped) {
            try {
                Thread.sleep(interval.toMillis());
                refresh();
                if (System.nanoTime() - lastJudged >= promoteEvery.toNanos()) {
                    lastJudged = System.nanoTime();
                    promoteWinners();
                }
            } catch (InterruptedException e) {
                return;
            } catch (RuntimeException e) {
                LOG.warn("Could not follow the experiments' states: {}", e.getMessage());
            }
        }
    }

    @Override
    public void close() {
        stopped = true;
        worker.interrupt();
        try {
            worker.join(5_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
