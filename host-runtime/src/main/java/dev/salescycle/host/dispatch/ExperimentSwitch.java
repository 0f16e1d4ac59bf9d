package dev.salescycle.host.dispatch;

/**
 * The phase of one experiment of one shop, shared by every snapshot of the shop so that starting, stopping or
 * promoting takes effect on the next request without rebuilding the shop; read with one volatile load.
 */
public final class ExperimentSwitch {

    /** A phase with the promoted variant's name (null unless promoted). */
    public record State(ExperimentPhase phase, String promoted) {
    }

    private volatile State state;

    public ExperimentSwitch(ExperimentPhase phase) {
        this.state = new State(phase, null);
    }

    public State state() {
        return state;
    }

    public void set(ExperimentPhase phase, String promoted) {
        state = new State(phase, phase == ExperimentPhase.PROMOTED ? promoted : null);
    }
}
