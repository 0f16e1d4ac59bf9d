package dev.salescycle.bench.memory;

import java.util.List;
import java.util.Locale;

/** The least-squares slope of the live heap over the loaded samples, and the spread of the other measures. */
final class Trend {

    private Trend() {
    }

    /** @param minutes when each sample was taken; the first (before load) is left out of the slope */
    static String describe(List<Double> minutes, List<MemorySample> samples) {
        int n = samples.size() - 1;
        if (n < 2) {
            return "too few samples for a trend";
        }
        double mx = 0;
        double my = 0;
        for (int i = 1; i <= n; i++) {
            mx += minutes.get(i) / n;
            my += samples.get(i).heapBytes() / 1048576.0 / n;
        }
        double sxy = 0;
        double sxx = 0;
        for (int i = 1; i <= n; i++) {
            double dx = minutes.get(i) - mx;
            sxy += dx * (samples.get(i).heapBytes() / 1048576.0 - my);
            sxx += dx * dx;
        }
        MemorySample first = samples.get(1);
        MemorySample last = samples.get(n);
        return String.format(Locale.ROOT, "live heap under load: mean %.1f MiB, slope %+.2f MiB per minute; "
                        + "metaspace %.1f -> %.1f MiB; classes %d -> %d; threads %d -> %d", my, sxy / sxx,
                first.metaspaceBytes() / 1048576.0, last.metaspaceBytes() / 1048576.0, first.classes(), last.classes(),
                first.threads(), last.threads());
    }
}
