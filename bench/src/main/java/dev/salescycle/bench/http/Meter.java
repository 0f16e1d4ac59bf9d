package dev.salescycle.bench.http;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;

/**
 * Takes one measurement of one server and charges it the server process's CPU time, so that a figure per
 * request stands beside the throughput (CPU time per request moves less than throughput on a busy machine).
 *
 * @param client the load generator process
 * @param bodies the request bodies file
 */
record Meter(ServerProcess client, Path bodies) {

    /** With the JVM load generator; {@code rate} 0 for saturation. */
    Row jetty(String server, ServerProcess target, URI url, String load, int connections, double rate, int warmup,
              int seconds) throws IOException {
        Duration before = target.cpu();
        LoadSpec spec = new LoadSpec(url, bodies, connections, rate, warmup, seconds);
        LoadResult result = LoadResult.parse(client.ask(spec.line(), "result "));
        return new Row(server, "jetty", load, result, cpuMicros(target, before, result, warmup + seconds));
    }

    /** With wrk, at saturation. */
    Row wrk(String server, ServerProcess target, URI url, int connections, int warmup, int seconds)
            throws IOException, InterruptedException {
        Duration before = target.cpu();
        LoadResult result = Wrk.saturate(url, bodies, connections, warmup, seconds);
        return new Row(server, "wrk", "saturation", result, cpuMicros(target, before, result, warmup + seconds));
    }

    private static double cpuMicros(ServerProcess target, Duration before, LoadResult result, int seconds) {
        double requests = result.rate() * seconds;
        return requests == 0 ? 0 : target.cpu().minus(before).toNanos() / 1000.0 / requests;
    }
}
