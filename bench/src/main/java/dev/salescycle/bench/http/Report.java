package dev.salescycle.bench.http;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The comparison as Markdown tables, with the targets checked. */
final class Report {

    private Report() {
    }

    static String markdown(List<Row> rows) {
        StringBuilder out = new StringBuilder();
        out.append("| client | connections | server | req/s | vs bare | p50 ms | p90 ms | p99 ms | p99.9 ms | errors "
                + "| server CPU µs/req |\n|---|---|---|---|---|---|---|---|---|---|---|\n");
        for (Row row : rows) {
            if (row.saturation()) {
                out.append(line(row.client(), row.result().connections(), row.server(), row.result().rate(),
                        ratio(rows, row), row.result(), row.serverCpuMicros()));
            }
        }
        out.append("\n| connections | offered load | offered req/s | server | req/s | p50 ms | p90 ms | p99 ms | p99.9 ms "
                + "| max ms | errors |\n|---|---|---|---|---|---|---|---|---|---|---|\n");
        for (Row row : rows) {
            if (!row.saturation()) {
                LoadResult r = row.result();
                out.append(String.format(Locale.ROOT, "| %d | %s | %.0f | %s | %.0f | %.2f | %.2f | %.2f | %.2f | %.2f | %d |%n",
                        r.connections(), row.load(), r.targetRate(), row.server(), r.rate(), r.p50(), r.p90(), r.p99(),
                        r.p999(), r.max(), r.errors()));
            }
        }
        return out.toString();
    }

    /** The targets: host at least 70% of bare at saturation; p99 under 5 ms at 50% with 16 connections; no error. */
    static String targets(List<Row> rows) {
        StringBuilder out = new StringBuilder();
        for (Row row : rows) {
            if (row.saturation() && row.server().equals("host")) {
                double ratio = ratio(rows, row);
                out.append(String.format(Locale.ROOT, "- throughput, %s, %d connections: host %.0f%% of bare (target >= 70%%): %s%n",
                        row.client(), row.result().connections(), ratio * 100, ratio >= 0.7 ? "met" : "MISSED"));
            }
        }
        rows.stream().filter(r -> r.server().equals("host") && r.load().equals("50%") && r.result().connections() == 16)
                .findFirst().ifPresent(r -> out.append(String.format(Locale.ROOT,
                        "- p99 at 50%% of bare's saturation rate, 16 connections: %.2f ms (target < 5 ms): %s%n",
                        r.result().p99(), r.result().p99() < 5 ? "met" : "MISSED")));
        long errors = rows.stream().mapToLong(r -> r.result().errors()).sum();
        out.append("- errors over all runs: ").append(errors).append(errors == 0 ? " (target 0): met" : " (target 0): MISSED")
                .append('\n');
        return out.toString();
    }

    private static String line(String client, int connections, String server, double rate, double ratio, LoadResult r,
                               double cpu) {
        return String.format(Locale.ROOT, "| %s | %d | %s | %.0f | %s | %.2f | %.2f | %.2f | %.2f | %d | %.0f |%n", client,
                connections, server, rate, server.equals("bare") ? "" : String.format(Locale.ROOT, "%.0f%%", ratio * 100),
                r.p50(), r.p90(), r.p99(), r.p999(), r.errors(), cpu);
    }

    private static double ratio(List<Row> rows, Row host) {
        Optional<Row> bare = rows.stream().filter(r -> r.saturation() && r.server().equals("bare")
                && r.client().equals(host.client()) && r.result().connections() == host.result().connections()).findFirst();
        return bare.map(b -> host.result().rate() / b.result().rate()).orElse(Double.NaN);
    }
}
