package dev.salescycle.host.experiments.assign;

import java.util.Objects;

/**
 * Puts a unit (a visitor id, a customer id) into a variant of one experiment, the same one on every host,
 * after every restart and in every release: the variant whose range of the {@link Allocation} holds
 * XXH64 of the UTF-8 bytes of {@code experimentId:salt:unitId}. A new salt shuffles units afresh (to run
 * an experiment again on units that have not seen it); the experiment id keeps experiments independent of
 * one another. Thread-safe; {@link #assign} allocates nothing for unit ids of up to about 1,300 characters.
 */
public final class Assigner {

    private final String experimentId;
    private final Allocation allocation;
    private final UnitKey key;

    /**
     * @param experimentId the experiment's id, not empty, without {@code ':'}
     * @param salt         any text without {@code ':'}, possibly empty
     * @param allocation   the variants and their weights
     */
    public Assigner(String experimentId, String salt, Allocation allocation) {
        Objects.requireNonNull(experimentId, "experimentId");
        Objects.requireNonNull(salt, "salt");
        this.allocation = Objects.requireNonNull(allocation, "allocation");
        if (experimentId.isEmpty() || experimentId.indexOf(':') >= 0 || salt.indexOf(':') >= 0) {
            throw new IllegalArgumentException(
                    "An experiment id must be non-empty and neither it nor the salt may hold ':', were '"
                            + experimentId + "' and '" + salt + "'");
        }
        this.experimentId = experimentId;
        this.key = new UnitKey(experimentId, salt);
    }

    /** The index, in {@link Allocation#variants()}, of the variant {@code unitId} belongs to. */
    public int assign(String unitId) {
        if (unitId.isEmpty()) {
            throw new IllegalArgumentException("Experiment " + experimentId + ": a unit id must not be empty");
        }
        return allocation.indexOf(key.hash(unitId));
    }

    /** The variant {@code unitId} belongs to. */
    public Variant variant(String unitId) {
        return allocation.variants().get(assign(unitId));
    }

    /** The hash behind {@link #assign}, for checking an assignment by hand or from another language. */
    public long hash(String unitId) {
        return key.hash(unitId);
    }

    /** The allocation this assigner cuts by. */
    public Allocation allocation() {
        return allocation;
    }
}
