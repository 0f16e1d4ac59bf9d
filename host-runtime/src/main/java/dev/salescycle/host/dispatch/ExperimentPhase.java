package dev.salescycle.host.dispatch;

/** Where an experiment stands; only a running one assigns units, only a promoted one changes what runs for all. */
public enum ExperimentPhase {
    /** Created over the admin API, not started yet: the shop runs as configured. */
    DRAFT,
    /** Assigning units: each unit's variant runs at the stage. */
    RUNNING,
    /** Stopped: the shop runs as configured; the counts stay readable. */
    STOPPED,
    /** Stopped with a variant promoted: every request runs that variant at the stage, until reverted. */
    PROMOTED
}
