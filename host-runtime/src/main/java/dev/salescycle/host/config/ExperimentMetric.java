package dev.salescycle.host.config;

/** The figure an experiment's winner must be better on; higher is better for each. */
public enum ExperimentMetric {
    /** Share of units that placed an order after their first exposure. */
    CONVERSION("conversion"),
    /** Order totals per unit, capped per unit at the experiment's revenue cap if one is set. */
    REVENUE_PER_VISITOR("revenuePerVisitor"),
    /** Order totals per order: a ratio of two per-unit sums, compared with the delta method. */
    AVERAGE_ORDER_VALUE("averageOrderValue"),
    /** Share of units that acted on something the stage's plugins handed out. */
    CLICK_RATE("clickRate");

    private final String label;

    ExperimentMetric(String label) {
        this.label = label;
    }

    /** The name used in the config and the admin API. */
    public String label() {
        return label;
    }

    /** The metric with this label, or null. */
    public static ExperimentMetric of(String label) {
        for (ExperimentMetric metric : values()) {
            if (metric.label.equals(label)) {
                return metric;
            }
        }
        return null;
    }
}
