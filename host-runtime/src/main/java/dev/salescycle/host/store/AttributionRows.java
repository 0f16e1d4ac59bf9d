package dev.salescycle.host.store;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * A shop's stored attribution figures over a window, per UTC day: what the funnel answer is computed from.
 *
 * @param shown counted views, clicks and additions per day, event type and plugin
 * @param credits revenue and orders per day, stage, plugin, kind of touch and currency
 * @param stageOrders distinct orders credited per day and stage (an order may credit two plugins of a stage),
 *                    and with a null stage at any stage
 * @param orders all live orders per day and currency
 */
public record AttributionRows(List<Shown> shown, List<Credited> credits, List<StageOrders> stageOrders,
                              List<Orders> orders) {

    /** Events of one type of one plugin on one day; additions count distinct references. */
    public record Shown(LocalDate day, FunnelEventType type, String pluginId, long count) {
    }

    /** What one plugin's touches of one kind earned on one day. */
    public record Credited(LocalDate day, String stage, String pluginId, String kind, String currency,
                           BigDecimal revenue, long orders, long touches) {
    }

    /** Distinct orders credited to a stage (null: to any) on one day. */
    public record StageOrders(LocalDate day, String stage, long orders) {
    }

    /** Live orders and their totals on one day in one currency. */
    public record Orders(LocalDate day, String currency, long count, BigDecimal total) {
    }
}
