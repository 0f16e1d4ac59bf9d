package dev.salescycle.bench.http;

import java.net.URI;
import java.nio.file.Path;

/**
 * One measurement: POST the bodies (taken in turn) to a URL over a fixed number of connections.
 *
 * @param url where to POST
 * @param bodies a file of request bodies, one JSON document a line
 * @param connections how many connections, each with at most one request in flight
 * @param rate requests per second over all connections, open loop; 0 for as fast as the server answers
 * @param warmupSeconds load before the measurement, not recorded
 * @param seconds the measurement
 */
public record LoadSpec(URI url, Path bodies, int connections, double rate, int warmupSeconds, int seconds) {

    /** The spec as one command line for {@link LoadGenerator}. */
    public String line() {
        return "run " + url + " " + bodies + " " + connections + " " + rate + " " + warmupSeconds + " " + seconds;
    }

    public static LoadSpec parse(String line) {
        String[] p = line.split(" ");
        return new LoadSpec(URI.create(p[1]), Path.of(p[2]), Integer.parseInt(p[3]), Double.parseDouble(p[4]),
                Integer.parseInt(p[5]), Integer.parseInt(p[6]));
    }
}
