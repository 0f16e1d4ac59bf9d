package dev.salescycle.host.experiments.decision;

import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Everything a decision is made from: the arms' figures, the control first, and how long the experiment
 * has run.
 *
 * @param arms    at least 2, names unique, all with the same kind of primary tally; the first is the control
 * @param running the time since the experiment started assigning units, not negative
 */
public record Look(List<Arm> arms, Duration running) {

    public Look {
        arms = List.copyOf(arms);
        Objects.requireNonNull(running, "running");
        if (arms.size() < 2) {
            throw new IllegalArgumentException("A look needs at least 2 arms, has " + arms.size());
        }
        if (running.isNegative()) {
            throw new IllegalArgumentException("running must not be negative, was " + running);
        }
        Set<String> names = new HashSet<>();
        Class<?> kind = arms.get(0).primary().getClass();
        for (Arm arm : arms) {
            if (!names.add(arm.variant())) {
                throw new IllegalArgumentException("Arm " + arm.variant() + " appears twice");
            }
            if (arm.primary().getClass() != kind) {
                throw new IllegalArgumentException("Arm " + arm.variant() + " has a different kind of primary metric");
            }
        }
    }

    /** The control arm, the first. */
    public Arm control() {
        return arms.get(0);
    }
}
