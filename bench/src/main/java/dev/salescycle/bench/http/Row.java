package dev.salescycle.bench.http;

/**
 * One line of the comparison.
 *
 * @param server {@code bare} (the ceiling) or {@code host}
 * @param client {@code jetty} (the JVM load generator) or {@code wrk}
 * @param load {@code 25%}, {@code 50%}, {@code 75%} of the ceiling's saturation rate, or {@code saturation}
 * @param result the measurement
 * @param serverCpuMicros server CPU time per answered request, in microseconds (warm-up included)
 */
record Row(String server, String client, String load, LoadResult result, double serverCpuMicros) {

    /** The row as one line of text, for the results file. */
    String line() {
        return server + " " + client + " " + load + " " + serverCpuMicros + " " + result.json();
    }

    static Row parse(String line) {
        String[] p = line.split(" ", 5);
        return new Row(p[0], p[1], p[2], LoadResult.parse(p[4]), Double.parseDouble(p[3]));
    }

    boolean saturation() {
        return load.equals("saturation");
    }
}
