package dev.salescycle.bench.startup;

import dev.salescycle.bench.Machine;
import dev.salescycle.bench.http.BareServer;
import dev.salescycle.bench.http.HostServer;
import dev.salescycle.bench.http.ServerProcess;
import dev.salescycle.bench.http.Testbed;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Start-up: from process start to the first 200 on {@code GET /health}, for the host with the five bundled
 * plugins and for the bare Jetty servlet, both started the same way (same jar, same JVM flags), in turns.
 * The host is measured twice: restarting on its data folder (the everyday case), and starting for the first
 * time (fresh data folder: schema migrations; a fresh plugins folder: zips expanded). Prints the median of each.
 *
 * <pre>java -cp bench/target/benchmarks.jar dev.salescycle.bench.startup.StartupBenchmark [--runs 7]</pre>
 */
public final class StartupBenchmark {

    private static final long TIMEOUT_NANOS = 60_000_000_000L;

    private StartupBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int runs = args.length > 1 && args[0].equals("--runs") ? Integer.parseInt(args[1]) : 7;
        Path work = Path.of("bench/target/startup-run");
        Path plugins = Path.of("bench/target/plugins");
        Testbed.deleteTree(work);
        Files.createDirectories(work);
        String loadBefore = Machine.load();
        Path restartData = work.resolve("restart-data");
        Path restartPlugins = copyPlugins(plugins, work.resolve("restart-plugins"));
        time(HostServer.class, host(restartPlugins, restartData), work);
        Map<String, List<Double>> millis = new LinkedHashMap<>();
        for (int run = 0; run < runs; run++) {
            record(millis, "bare Jetty servlet", time(BareServer.class, List.of(), work));
            record(millis, "host, restart", time(HostServer.class, host(restartPlugins, restartData), work));
            Path fresh = work.resolve("first-" + run);
            record(millis, "host, first start", time(HostServer.class,
                    host(copyPlugins(plugins, fresh.resolve("plugins")), fresh.resolve("data")), work));
        }
        double bare = median(millis.get("bare Jetty servlet"));
        System.out.printf(Locale.ROOT, "%nMachine: %s; load average before %s, after %s; %d runs each%n%n",
                Machine.describe(), loadBefore, Machine.load(), runs);
        System.out.println("| server | median ms to first 200 on /health | min | max | vs bare |\n|---|---|---|---|---|");
        millis.forEach((name, values) -> System.out.printf(Locale.ROOT, "| %s | %.0f | %.0f | %.0f | %.2fx |%n", name,
                median(values), values.stream().mapToDouble(d -> d).min().orElse(0),
                values.stream().mapToDouble(d -> d).max().orElse(0), median(values) / bare));
    }

    private static List<String> host(Path plugins, Path data) {
        return List.of("--plugins", plugins.toAbsolutePath().toString(), "--data", data.toAbsolutePath().toString());
    }

    /** Starts the server, waits for its first 200, stops it; milliseconds from process start to that answer. */
    private static double time(Class<?> main, List<String> args, Path work) throws IOException, InterruptedException {
        int port = freePort();
        List<String> all = new ArrayList<>(args);
        all.add("--port");
        all.add(String.valueOf(port));
        try (ServerProcess process = ServerProcess.start(ServerProcess.SERVER_FLAGS, main, all, work.resolve("servers.log"))) {
            long ok = HealthProbe.awaitOk(port, TIMEOUT_NANOS);
            return (ok - process.startedAt()) / 1e6;
        }
    }

    private static void record(Map<String, List<Double>> millis, String name, double value) {
        millis.computeIfAbsent(name, n -> new ArrayList<>()).add(value);
        System.out.printf(Locale.ROOT, "%-20s %6.0f ms  (load %s)%n", name, value, Machine.load());
    }

    private static Path copyPlugins(Path from, Path to) throws IOException {
        Files.createDirectories(to);
        try (Stream<Path> files = Files.list(from)) {
            for (Path zip : files.filter(f -> f.toString().endsWith(".zip")).toList()) {
                Files.copy(zip, to.resolve(zip.getFileName()));
            }
        }
        return to;
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static double median(List<Double> values) {
        List<Double> sorted = values.stream().sorted().toList();
        return sorted.get(sorted.size() / 2);
    }
}
