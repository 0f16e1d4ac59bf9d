package dev.salescycle.bench.http;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import org.eclipse.jetty.client.HttpClient;
import org.eclipse.jetty.client.transport.HttpClientTransportOverHTTP;
import org.eclipse.jetty.util.thread.QueuedThreadPool;

/**
 * The load generator, a process of its own: Jetty's HttpClient, HTTP/1.1 keep-alive, a fixed number of
 * connections. With a {@link LoadSpec} as arguments it runs it and prints the result; without, it reads
 * {@code run ...} lines from standard input and answers each with a {@code result {json}} line, so one warmed-up
 * client serves a whole comparison.
 */
public final class LoadGenerator {

    private final Map<Path, List<byte[]>> bodies = new HashMap<>();

    private LoadGenerator() {
    }

    public static void main(String[] args) throws Exception {
        LoadGenerator generator = new LoadGenerator();
        if (args.length > 0) {
            System.out.println("result " + generator.run(LoadSpec.parse("run " + String.join(" ", args))).json());
            return;
        }
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        for (String line = in.readLine(); line != null && !line.equals("quit"); line = in.readLine()) {
            System.out.println("result " + generator.run(LoadSpec.parse(line)).json());
            System.out.flush();
        }
    }

    LoadResult run(LoadSpec spec) throws Exception {
        HttpClient client = client(spec.connections());
        ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor();
        try {
            client.resolveDestination(client.newRequest(spec.url())).getConnectionPool()
                    .preCreateConnections(spec.connections()).get();
            long start = System.nanoTime() + 1_000_000;
            long measureFrom = start + spec.warmupSeconds() * 1_000_000_000L;
            long stopAt = measureFrom + spec.seconds() * 1_000_000_000L;
            Measurement m = new Measurement(client, spec.url(), bodies(spec.bodies()), scheduler, measureFrom, stopAt,
                    spec.connections());
            long interval = spec.rate() <= 0 ? 0 : (long) (1e9 * spec.connections() / spec.rate());
            for (int i = 0; i < spec.connections(); i++) {
                new Lane(m, interval, start + i * (interval / spec.connections())).start();
            }
            if (!m.awaitLanes(spec.warmupSeconds() + spec.seconds() + 30)) {
                throw new IllegalStateException("requests still outstanding 30 s after the end");
            }
            return m.result(spec.connections(), spec.rate());
        } finally {
            scheduler.shutdownNow();
            client.stop();
        }
    }

    private static HttpClient client(int connections) throws Exception {
        QueuedThreadPool threads = new QueuedThreadPool(16, 4);
        threads.setName("load-client");
        threads.setDaemon(true);
        HttpClient client = new HttpClient(new HttpClientTransportOverHTTP(1));
        client.setExecutor(threads);
        client.setMaxConnectionsPerDestination(connections);
        client.setMaxRequestsQueuedPerDestination(1 << 16);
        client.setIdleTimeout(120_000);
        client.setUserAgentField(null);
        client.start();
        return client;
    }

    private List<byte[]> bodies(Path file) throws IOException {
        List<byte[]> cached = bodies.get(file);
        if (cached == null) {
            cached = new ArrayList<>();
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                if (!line.isBlank()) {
                    cached.add(line.getBytes(StandardCharsets.UTF_8));
                }
            }
            bodies.put(file, cached);
        }
        return cached;
    }
}
