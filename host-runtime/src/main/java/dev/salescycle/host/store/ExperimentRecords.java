package dev.salescycle.host.store;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The experiments' tables: where each experiment stands, the units assigned, orders, actions and counts per arm.
 * Writes are idempotent where a retry or a second host may repeat them: a unit keeps its first exposure, an order
 * is kept once. Thread-safe; every method commits before it returns.
 */
public final class ExperimentRecords {

    /** A unit's first exposure. */
    public record UnitRow(String shopId, String experimentId, String salt, String unitKey, String variant, Instant at) {
    }

    /** An amount to add to one arm's counter (a guardrail's trials or events). */
    public record CountRow(String shopId, String experimentId, String salt, String variant, String counter, long amount,
                           Instant at) {
    }

    private static final BigDecimal NO_CAP = new BigDecimal("999999999999999");
    private static final String STATES = "SELECT shop_id, experiment_id, definition, phase, started_at, stopped_at,"
            + " promoted_variant, promoted_at, updated_at FROM experiment_states";
    private static final String FIGURES = "SELECT variant, COUNT(*), SUM(CASE WHEN n > 0 THEN 1 ELSE 0 END), SUM(v),"
            + " SUM(v * v), SUM(n), SUM(n * n), SUM(v * n), SUM(a) FROM (SELECT u.variant,"
            + " (SELECT COUNT(*) FROM experiment_orders o WHERE o.shop_id = u.shop_id AND o.%1$s = u.unit_key"
            + " AND o.placed_at >= u.first_at) AS n,"
            + " (SELECT CASE WHEN COALESCE(SUM(o.total), 0) > CAST(? AS DECIMAL(19, 4)) THEN CAST(? AS DECIMAL(19, 4))"
            + " ELSE COALESCE(SUM(o.total), 0) END FROM experiment_orders o WHERE o.shop_id = u.shop_id"
            + " AND o.%1$s = u.unit_key AND o.placed_at >= u.first_at) AS v,"
            + " (SELECT CASE WHEN EXISTS (SELECT 1 FROM experiment_actions x WHERE x.shop_id = u.shop_id"
            + " AND x.unit_key = u.unit_key AND x.stage = ? AND x.acted_at >= u.first_at) THEN 1 ELSE 0 END) AS a"
            + " FROM experiment_units u WHERE u.shop_id = ? AND u.experiment_id = ? AND u.salt = ?) t GROUP BY variant";

    private final Jdbc jdbc;
    private final Dialect dialect;

    ExperimentRecords(Jdbc jdbc, Dialect dialect) {
        this.jdbc = jdbc;
        this.dialect = dialect;
    }

    /** Every experiment's state, of every shop. */
    public List<ExperimentState> states() {
        return jdbc.autoCommit("read experiments", c -> Sql.list(c, STATES, ExperimentRecords::state));
    }

    /** Records a config file's experiment as running since now, unless the store knows it already. */
    public void ensureKnown(String shopId, String experimentId, Instant now) {
        jdbc.autoCommit("record experiment", c -> Sql.update(c, dialect.upsert(new Upsert("experiment_states",
                List.of("shop_id", "experiment_id"), List.of("shop_id", "experiment_id", "phase", "started_at", "updated_at"),
                "phase = cur.phase")), shopId, experimentId, "RUNNING", now, now));
    }

    /** Records an experiment created over the admin API, as a draft; false if the shop has one of that id. */
    public boolean create(String shopId, String experimentId, String definition, Instant now) {
        return jdbc.transaction("create experiment", c -> {
            if (Sql.first(c, STATES + " WHERE shop_id = ? AND experiment_id = ?", ExperimentRecords::state, shopId,
                    experimentId).isPresent()) {
                return false;
            }
            Sql.update(c, "INSERT INTO experiment_states (shop_id, experiment_id, definition, phase, updated_at)"
                    + " VALUES (?, ?, ?, 'DRAFT', ?)", shopId, experimentId, definition, now);
            return true;
        });
    }

    /** Removes a draft whose creation could not be completed. */
    public void forget(String shopId, String experimentId) {
        jdbc.autoCommit("forget experiment", c -> Sql.update(c, "DELETE FROM experiment_states WHERE shop_id = ?"
                + " AND experiment_id = ? AND phase = 'DRAFT'", shopId, experimentId));
    }

    /**
     * Moves an experiment to a phase if it is in one of the given ones; false otherwise (so that two hosts
     * promoting at once do it once). Starting keeps the first start time; stopping and promoting note the time.
     */
    public boolean transition(String shopId, String experimentId, Collection<String> from, String to, String promoted,
                              Instant now) {
        String in = String.join(", ", from.stream().map(p -> "'" + p.replaceAll("[^A-Z]", "") + "'").toList());
        boolean running = "RUNNING".equals(to);
        String sql = "UPDATE experiment_states SET phase = ?, updated_at = ?, promoted_variant = ?, promoted_at = ?, "
                + (running ? "started_at = COALESCE(started_at, ?)" : "stopped_at = ?")
                + " WHERE shop_id = ? AND experiment_id = ? AND phase IN (" + in + ")";
        return jdbc.autoCommit("change experiment", c -> Sql.update(c, sql, to, now, promoted,
                promoted == null ? null : Sql.timestamp(now), now, shopId, experimentId)) == 1;
    }

    /** Records units' first exposures; a unit already recorded keeps its first. */
    public void recordUnits(List<UnitRow> rows) {
        String sql = dialect.upsert(new Upsert("experiment_units", List.of("shop_id", "experiment_id", "salt", "unit_key"),
                List.of("shop_id", "experiment_id", "salt", "unit_key", "variant", "first_at"), "first_at = cur.first_at"));
        jdbc.transaction("record experiment units", c -> {
            Sql.batch(c, sql, rows.stream().map(r -> new Object[] {r.shopId(), r.experimentId(), r.salt(), r.unitKey(),
                    r.variant(), r.at()}).toList());
            return null;
        });
    }

    /** Adds to arms' counters. */
    public void recordCounts(List<CountRow> rows) {
        jdbc.transaction("record experiment counts", c -> {
            Sql.batch(c, "INSERT INTO experiment_counts (shop_id, experiment_id, salt, variant, counter, amount,"
                    + " recorded_at) VALUES (?, ?, ?, ?, ?, ?, ?)", rows.stream().map(r -> new Object[] {r.shopId(),
                    r.experimentId(), r.salt(), r.variant(), r.counter(), r.amount(), r.at()}).toList());
            return null;
        });
    }

    /** Records an order for the experiments of its shop, once; either key may be null. */
    public void recordOrder(String shopId, String orderId, String visitorKey, String customerKey, BigDecimal total,
                            Instant at) {
        String sql = dialect.upsert(new Upsert("experiment_orders", List.of("shop_id", "order_id"),
                List.of("shop_id", "order_id", "visitor_key", "customer_key", "total", "placed_at"),
                "placed_at = cur.placed_at"));
        jdbc.autoCommit("record experiment order", c -> Sql.update(c, sql, shopId, orderId, visitorKey, customerKey,
                total, at));
    }

    /** Records that a unit acted on something a stage handed out. */
    public void recordAction(String shopId, String unitKey, String stage, Instant at) {
        jdbc.autoCommit("record experiment action", c -> Sql.update(c, "INSERT INTO experiment_actions (shop_id, unit_key,"
                + " stage, acted_at) VALUES (?, ?, ?, ?)", shopId, unitKey, stage, at));
    }

    /**
     * Each arm's figures of one run (experiment and salt), by variant.
     *
     * @param byCustomer whether units are customers (else visitor ids)
     * @param cap each unit's order total is capped at this, or null for no cap
     * @param stage the stage whose actions count
     */
    public Map<String, ExperimentFigures> figures(String shopId, String experimentId, String salt, boolean byCustomer,
                                                  BigDecimal cap, String stage) {
        String sql = String.format(FIGURES, byCustomer ? "customer_key" : "visitor_key");
        BigDecimal limit = cap == null ? NO_CAP : cap;
        Map<String, ExperimentFigures> out = new HashMap<>();
        jdbc.autoCommit("read experiment figures", c -> {
            Sql.forEach(c, sql, 0, rs -> out.put(rs.getString(1), new ExperimentFigures(rs.getString(1), rs.getLong(2),
                    rs.getLong(3), number(rs, 4), number(rs, 5), rs.getLong(6), number(rs, 7), number(rs, 8),
                    rs.getLong(9))), limit, limit, stage, shopId, experimentId, salt);
            return null;
        });
        return out;
    }

    /** Each arm's counters of one run: variant to counter to total. */
    public Map<String, Map<String, Long>> counts(String shopId, String experimentId, String salt) {
        Map<String, Map<String, Long>> out = new HashMap<>();
        jdbc.autoCommit("read experiment counts", c -> {
            Sql.forEach(c, "SELECT variant, counter, SUM(amount) FROM experiment_counts WHERE shop_id = ?"
                    + " AND experiment_id = ? AND salt = ? GROUP BY variant, counter", 0, rs -> out.computeIfAbsent(
                    rs.getString(1), v -> new HashMap<>()).put(rs.getString(2), rs.getLong(3)), shopId, experimentId, salt);
            return null;
        });
        return out;
    }

    private static double number(ResultSet rs, int column) throws SQLException {
        BigDecimal value = rs.getBigDecimal(column);
        return value == null ? 0 : value.doubleValue();
    }

    private static ExperimentState state(ResultSet rs) throws SQLException {
        return new ExperimentState(rs.getString("shop_id"), rs.getString("experiment_id"), rs.getString("definition"),
                rs.getString("phase"), Sql.instant(rs, "started_at"), Sql.instant(rs, "stopped_at"),
                rs.getString("promoted_variant"), Sql.instant(rs, "promoted_at"), Sql.instant(rs, "updated_at"));
    }

}
