package dev.salescycle.bench.copurchase;

import java.util.Locale;
import org.HdrHistogram.Histogram;

/** Per-call times in nanoseconds, summarised in microseconds. */
final class Latencies {

    private final Histogram nanos = new Histogram(3);
    private long totalNanos;

    void record(long elapsedNanos) {
        nanos.recordValue(elapsedNanos);
        totalNanos += elapsedNanos;
    }

    /** For example {@code n 1,000,000, p50 0.42 µs, p90 ..., mean 0.61 µs}. */
    String summary() {
        return String.format(Locale.ROOT,
                "n %,d, p50 %s, p90 %s, p99 %s, p99.9 %s, max %s, mean %s µs",
                nanos.getTotalCount(), micros(nanos.getValueAtPercentile(50)), micros(nanos.getValueAtPercentile(90)),
                micros(nanos.getValueAtPercentile(99)), micros(nanos.getValueAtPercentile(99.9)),
                micros(nanos.getMaxValue()), micros(totalNanos / Math.max(1, nanos.getTotalCount())));
    }

    long totalNanos() {
        return totalNanos;
    }

    private static String micros(long nanosValue) {
        return String.format(Locale.ROOT, nanosValue < 10_000 ? "%.2f" : "%.0f", nanosValue / 1000.0);
    }
}
