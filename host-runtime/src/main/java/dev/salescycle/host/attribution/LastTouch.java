package dev.salescycle.host.attribution;

import dev.salescycle.sdk.model.CartLine;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Last touch per line: each order line's revenue goes to the last touch of that line. A line's own touches are
 * the reference sent on it and the recommendations of its sku the order names: the item came into the cart
 * through them, so the latest of them wins the line. A line without one goes to the latest touch of the whole
 * order (an offer used, a thank-you block, a mail clicked or opened). Offers are signed again with every cart
 * evaluation, so an order-level touch dated after an item was added says nothing about that item. Every touch is
 * credited, with zero when it won no line, so that an offer used counts as used.
 */
public final class LastTouch {

    private LastTouch() {
    }

    /**
     * @param lines the order's lines
     * @param lineTouches for each line, the touch sent on it, or null
     * @param orderTouches the touches of the whole order
     */
    public static List<Credit> credit(List<CartLine> lines, List<Touch> lineTouches, List<Touch> orderTouches) {
        Map<Touch, BigDecimal> revenue = new LinkedHashMap<>();
        Map<Touch, Integer> won = new LinkedHashMap<>();
        lineTouches.stream().filter(t -> t != null).forEach(t -> revenue.putIfAbsent(t, BigDecimal.ZERO));
        orderTouches.forEach(t -> revenue.putIfAbsent(t, BigDecimal.ZERO));
        for (int i = 0; i < lines.size(); i++) {
            CartLine line = lines.get(i);
            Touch best = lineTouches.get(i);
            for (Touch t : orderTouches) {
                if (t.kind() == TouchKind.LINE && t.item().equals(line.sku())
                        && (best == null || t.at().isAfter(best.at()))) {
                    best = t;
                }
            }
            if (best == null) {
                for (Touch t : orderTouches) {
                    if (t.kind() != TouchKind.LINE && (best == null || t.at().isAfter(best.at()))) {
                        best = t;
                    }
                }
            }
            if (best != null) {
                revenue.merge(best, line.lineTotal().amount(), BigDecimal::add);
                won.merge(best, 1, Integer::sum);
            }
        }
        List<Credit> out = new ArrayList<>(revenue.size());
        revenue.forEach((touch, amount) -> out.add(new Credit(touch, amount, won.getOrDefault(touch, 0))));
        return out;
    }
}
