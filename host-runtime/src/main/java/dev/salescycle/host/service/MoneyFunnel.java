package dev.salescycle.host.service;

import dev.salescycle.host.attribution.Ignored;
import dev.salescycle.host.dispatch.HookKind;
import dev.salescycle.host.store.AttributionRows;
import dev.salescycle.host.store.FunnelEventType;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A shop's funnel in money over a window: per stage that hands out touches (offers, recommendations, thank-you
 * blocks, retention mails) and per plugin, what was shown, acted on, and the orders and revenue attributed, in
 * total and per UTC day; with all live orders beside them and the references ignored, by reason.
 */
public final class MoneyFunnel {

    /** The stages whose touches are attributed, in funnel order. */
    public static final List<HookKind> STAGES = List.of(HookKind.CONVERSION_OFFER, HookKind.UPSELL,
            HookKind.THANK_YOU_PAGE, HookKind.RETENTION_OFFER);

    /** One stage's figures, in total and per plugin. */
    public static final class Stage {
        private final Figures total = new Figures();
        private final Map<String, Figures> plugins = new TreeMap<>();

        public Figures total() {
            return total;
        }

        public Map<String, Figures> plugins() {
            return plugins;
        }

        Figures plugin(String id) {
            return plugins.computeIfAbsent(id, p -> new Figures());
        }
    }

    /** The figures of a window or of one day. */
    public static final class Period {
        private final Map<HookKind, Stage> stages = new EnumMap<>(HookKind.class);
        private final Figures attributed = new Figures();
        private final Figures orders = new Figures();
        private final Map<Ignored, Long> ignored = new EnumMap<>(Ignored.class);

        Period() {
            STAGES.forEach(s -> stages.put(s, new Stage()));
            for (Ignored why : Ignored.values()) {
                ignored.put(why, 0L);
            }
        }

        public Map<HookKind, Stage> stages() {
            return stages;
        }

        /** Orders credited to any plugin, and the revenue credited. */
        public Figures attributed() {
            return attributed;
        }

        /** All live orders and their totals. */
        public Figures orders() {
            return orders;
        }

        public Map<Ignored, Long> ignored() {
            return ignored;
        }
    }

    private final Instant from;
    private final Instant to;
    private final Period total = new Period();
    private final Map<LocalDate, Period> days = new LinkedHashMap<>();

    private MoneyFunnel(Instant from, Instant to) {
        this.from = from;
        this.to = to;
        LocalDate last = to.minusNanos(1).atZone(ZoneOffset.UTC).toLocalDate();
        for (LocalDate d = from.atZone(ZoneOffset.UTC).toLocalDate(); !d.isAfter(last); d = d.plusDays(1)) {
            days.put(d, new Period());
        }
    }

    /** Sums the stored rows of {@code [from, to)}; every day of the window has its entry, empty or not. */
    public static MoneyFunnel of(AttributionRows rows, Instant from, Instant to) {
        MoneyFunnel funnel = new MoneyFunnel(from, to);
        rows.shown().forEach(funnel::shown);
        rows.credits().forEach(funnel::credited);
        for (AttributionRows.StageOrders s : rows.stageOrders()) {
            for (Period p : funnel.periods(s.day())) {
                Figures f = s.stage() == null ? p.attributed : p.stages.get(stage(s.stage())).total;
                f.addOrders(s.orders());
            }
        }
        for (AttributionRows.Orders o : rows.orders()) {
            for (Period p : funnel.periods(o.day())) {
                p.orders.addOrders(o.count());
                p.orders.addRevenue(o.currency(), o.total());
            }
        }
        return funnel;
    }

    private void shown(AttributionRows.Shown row) {
        for (Period p : periods(row.day())) {
            FunnelEventType type = row.type();
            if (type.name().startsWith("REF_")) {
                p.ignored.merge(Ignored.valueOf(type.name().substring(4)), row.count(), Long::sum);
                continue;
            }
            HookKind kind = switch (type) {
                case OFFER_SHOWN -> HookKind.CONVERSION_OFFER;
                case RECOMMENDATION_SHOWN, RECOMMENDATION_ADDED -> HookKind.UPSELL;
                case THANK_YOU_BLOCK_SHOWN -> HookKind.THANK_YOU_PAGE;
                default -> HookKind.RETENTION_OFFER;
            };
            Stage stage = p.stages.get(kind);
            for (Figures f : row.pluginId() == null ? List.of(stage.total) : List.of(stage.total,
                    stage.plugin(row.pluginId()))) {
                switch (type) {
                    case RECOMMENDATION_ADDED, MESSAGE_CLICKED -> f.addActed(row.count());
                    case MESSAGE_OPENED -> f.addOpened(row.count());
                    default -> f.addShown(row.count());
                }
            }
        }
    }

    private void credited(AttributionRows.Credited row) {
        for (Period p : periods(row.day())) {
            Stage stage = p.stages.get(stage(row.stage()));
            Figures plugin = stage.plugin(row.pluginId());
            plugin.addOrders(row.orders());
            for (Figures f : List.of(stage.total, plugin, p.attributed)) {
                f.addRevenue(row.currency(), row.revenue());
                if (("offer".equals(row.kind()) || "thank_you".equals(row.kind())) && f != p.attributed) {
                    f.addActed(row.touches());
                }
            }
        }
    }

    private List<Period> periods(LocalDate day) {
        Period d = days.get(day);
        return d == null ? List.of(total) : List.of(total, d);
    }

    private static HookKind stage(String label) {
        for (HookKind k : STAGES) {
            if (k.label().equals(label)) {
                return k;
            }
        }
        throw new IllegalStateException("no stage " + label);
    }

    public Instant from() {
        return from;
    }

    public Instant to() {
        return to;
    }

    public Period total() {
        return total;
    }

    /** Each UTC day the window touches, in order. */
    public Map<LocalDate, Period> days() {
        return days;
    }
}
