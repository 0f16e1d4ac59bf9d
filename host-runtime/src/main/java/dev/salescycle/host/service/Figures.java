package dev.salescycle.host.service;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Currency;
import java.util.Map;
import java.util.TreeMap;

/**
 * The money funnel's figures of a plugin or a stage, over a window or a day: how often its touches were shown and
 * acted on (clicked, added, used), how many orders and how much revenue (per currency) were attributed to it.
 */
public final class Figures {

    private long shown;
    private long acted;
    private long opened;
    private long orders;
    private final Map<String, BigDecimal> revenue = new TreeMap<>();

    void addShown(long n) {
        shown += n;
    }

    void addActed(long n) {
        acted += n;
    }

    void addOpened(long n) {
        opened += n;
    }

    void addOrders(long n) {
        orders += n;
    }

    void addRevenue(String currency, BigDecimal amount) {
        revenue.merge(currency, amount, BigDecimal::add);
    }

    void addAll(Figures other, boolean withOrders) {
        shown += other.shown;
        acted += other.acted;
        opened += other.opened;
        if (withOrders) {
            orders += other.orders;
        }
        other.revenue.forEach(this::addRevenue);
    }

    public long shown() {
        return shown;
    }

    public long acted() {
        return acted;
    }

    /** Retention mails opened (only retention has them). */
    public long opened() {
        return opened;
    }

    public long orders() {
        return orders;
    }

    /** Revenue per currency, with the currency's decimals (as the orders had them). */
    public Map<String, BigDecimal> revenue() {
        Map<String, BigDecimal> out = new TreeMap<>();
        revenue.forEach((c, a) -> out.put(c, a.setScale(decimals(c), RoundingMode.HALF_EVEN)));
        return out;
    }

    private static int decimals(String currency) {
        try {
            return Math.max(0, Currency.getInstance(currency).getDefaultFractionDigits());
        } catch (IllegalArgumentException e) {
            return 2;
        }
    }

    /** Orders per touch shown, or null when nothing was shown. */
    public Double conversionRate() {
        return shown == 0 ? null : (double) orders / shown;
    }

    /** Revenue per thousand touches shown, per currency (2 decimals), empty when nothing was shown. */
    public Map<String, BigDecimal> revenuePerThousand() {
        Map<String, BigDecimal> out = new TreeMap<>();
        if (shown > 0) {
            revenue.forEach((c, a) -> out.put(c, a.multiply(BigDecimal.valueOf(1000))
                    .divide(BigDecimal.valueOf(shown), 2, RoundingMode.HALF_EVEN)));
        }
        return out;
    }
}
