package dev.salescycle.host.config;

/** What an experiment randomises: whose requests share a variant. */
public enum ExperimentUnit {
    /** The storefront's visitor id, sent on cart evaluations and orders. */
    VISITOR("visitorId"),
    /** The customer, by e-mail address (compared case-insensitively). */
    CUSTOMER("customer");

    private final String label;

    ExperimentUnit(String label) {
        this.label = label;
    }

    /** The name used in the config and the admin API. */
    public String label() {
        return label;
    }

    /** The unit with this label, or null. */
    public static ExperimentUnit of(String label) {
        for (ExperimentUnit unit : values()) {
            if (unit.label.equals(label)) {
                return unit;
            }
        }
        return null;
    }
}
