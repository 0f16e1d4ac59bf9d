package dev.salescycle.host.http;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.salescycle.host.attribution.Ignored;
import dev.salescycle.host.dispatch.HookKind;
import dev.salescycle.host.service.Figures;
import dev.salescycle.host.service.MoneyFunnel;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;

/** The money funnel as JSON, shaped for charts: totals per stage and plugin, then a daily series. */
final class FunnelView {

    private FunnelView() {
    }

    /** Adds the money funnel's fields to the funnel answer. */
    static void write(ObjectNode out, MoneyFunnel funnel) {
        MoneyFunnel.Period total = funnel.total();
        period(out, total);
        ArrayNode days = out.putArray("daily");
        for (Map.Entry<LocalDate, MoneyFunnel.Period> day : funnel.days().entrySet()) {
            period(days.addObject().put("day", day.getKey().toString()), day.getValue());
        }
    }

    private static void period(ObjectNode out, MoneyFunnel.Period period) {
        ObjectNode orders = out.putObject("orders");
        orders.put("count", period.orders().orders());
        money(orders.putObject("revenue"), period.orders().revenue());
        ObjectNode attributed = out.putObject("attributed");
        attributed.put("orders", period.attributed().orders());
        money(attributed.putObject("revenue"), period.attributed().revenue());
        ArrayNode stages = out.putArray("stages");
        for (HookKind kind : MoneyFunnel.STAGES) {
            MoneyFunnel.Stage stage = period.stages().get(kind);
            ObjectNode node = figures(stages.addObject().put("stage", kind.label()).put("actedOn", actedOn(kind)),
                    stage.total(), kind);
            ArrayNode plugins = node.putArray("plugins");
            stage.plugins().forEach((plugin, f) -> figures(plugins.addObject().put("plugin", plugin), f, kind));
        }
        ObjectNode ignored = out.putObject("ignoredRefs");
        long sum = 0;
        for (Map.Entry<Ignored, Long> e : period.ignored().entrySet()) {
            ignored.put(camel(e.getKey()), e.getValue());
            sum += e.getValue();
        }
        ignored.put("total", sum);
    }

    private static ObjectNode figures(ObjectNode node, Figures f, HookKind kind) {
        node.put("shown", f.shown()).put("acted", f.acted());
        if (kind == HookKind.RETENTION_OFFER) {
            node.put("opened", f.opened());
        }
        node.put("orders", f.orders());
        money(node.putObject("revenue"), f.revenue());
        node.put("conversionRate", f.conversionRate());
        money(node.putObject("revenuePerThousand"), f.revenuePerThousand());
        return node;
    }

    private static void money(ObjectNode node, Map<String, BigDecimal> amounts) {
        amounts.forEach((currency, amount) -> node.put(currency, amount.toPlainString()));
    }

    /** What "acted" counts at the stage. */
    private static String actedOn(HookKind kind) {
        return switch (kind) {
            case CONVERSION_OFFER, THANK_YOU_PAGE -> "used";
            case UPSELL -> "added";
            default -> "clicked";
        };
    }

    private static String camel(Ignored why) {
        String[] parts = why.label().split("_");
        StringBuilder out = new StringBuilder(parts[0]);
        for (int i = 1; i < parts.length; i++) {
            out.append(Character.toUpperCase(parts[i].charAt(0))).append(parts[i].substring(1));
        }
        return out.toString();
    }
}
