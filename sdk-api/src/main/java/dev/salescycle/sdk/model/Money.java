package dev.salescycle.sdk.model;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Currency;
import java.util.Objects;

/**
 * An amount of money in one currency, held at the currency's scale (two decimals for EUR).
 *
 * @param amount the amount, never null; rounded half-even to the currency's fraction digits
 * @param currency the ISO 4217 currency
 * @since 1.0.0
 */
public record Money(BigDecimal amount, Currency currency) implements Comparable<Money> {

    /**
     * Rounds the amount half-even to the currency's fraction digits.
     *
     * @throws NullPointerException if {@code amount} or {@code currency} is null
     */
    public Money {
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(currency, "currency");
        int digits = Math.max(currency.getDefaultFractionDigits(), 0);
        amount = amount.setScale(digits, RoundingMode.HALF_EVEN);
    }

    /** Money from a decimal string and a currency code, for example {@code Money.of("12.50", "EUR")}. */
    public static Money of(String amount, String currencyCode) {
        return new Money(new BigDecimal(amount), Currency.getInstance(currencyCode));
    }

    /** Zero in the currency. */
    public static Money zero(Currency currency) {
        return new Money(BigDecimal.ZERO, currency);
    }

    /** This plus other; both must be in the same currency. */
    public Money plus(Money other) {
        return new Money(amount.add(sameCurrency(other).amount), currency);
    }

    /** This minus other; both must be in the same currency. */
    public Money minus(Money other) {
        return new Money(amount.subtract(sameCurrency(other).amount), currency);
    }

    /** This times a factor, rounded to the currency's scale. */
    public Money times(BigDecimal factor) {
        return new Money(amount.multiply(factor), currency);
    }

    /** Whether the amount is below zero. */
    public boolean isNegative() {
        return amount.signum() < 0;
    }

    @Override
    public int compareTo(Money other) {
        return amount.compareTo(sameCurrency(other).amount);
    }

    private Money sameCurrency(Money other) {
        if (!currency.equals(other.currency)) {
            throw new IllegalArgumentException("currency mismatch: " + currency + " and " + other.currency);
        }
        return other;
    }

    @Override
    public String toString() {
        return amount.toPlainString() + " " + currency.getCurrencyCode();
    }
}
