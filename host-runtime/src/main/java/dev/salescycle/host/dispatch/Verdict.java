package dev.salescycle.host.dispatch;

/** What a sink made of a hook's answer. */
public enum Verdict {
    /** A usable answer; go on. */
    OK,
    /** An unusable answer (null, wrong type); counted as a failure; go on. */
    BAD,
    /** A usable answer that ends the run (a rejected lead). */
    STOP
}
