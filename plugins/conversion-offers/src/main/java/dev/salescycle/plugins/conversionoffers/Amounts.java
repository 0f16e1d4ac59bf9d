package dev.salescycle.plugins.conversionoffers;

import dev.salescycle.sdk.model.Money;
import java.math.BigDecimal;

/** How amounts and percentages read in offers. */
final class Amounts {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private Amounts() {
    }

    /** The amount at the currency's scale, for example {@code 7.50}. */
    static String plain(Money money) {
        return money.amount().toPlainString();
    }

    /** The amount with its currency code, for example {@code 7.50 EUR}. */
    static String withCurrency(Money money) {
        return plain(money) + " " + money.currency().getCurrencyCode();
    }

    /** A percentage without trailing zeros, for example {@code 12.5}. */
    static String percent(BigDecimal percent) {
        return percent.stripTrailingZeros().toPlainString();
    }

    /** The given percentage of an amount, rounded to the currency's scale. */
    static Money percentOf(Money money, BigDecimal percent) {
        return money.times(percent.divide(HUNDRED));
    }
}
