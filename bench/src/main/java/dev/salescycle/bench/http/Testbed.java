package dev.salescycle.bench.http;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The processes of a comparison: the host (seeded with the bench shop through its API), the bare servlet
 * answering as many bytes as the host does (and, on request, the same servlet in async mode), and the load
 * generator.
 */
public final class Testbed implements AutoCloseable {

    /** The load generator's JVM flags: a small heap, a collector that costs little. */
    public static final List<String> CLIENT_FLAGS = List.of("-Xms256m", "-Xmx256m", "-XX:+UseParallelGC");

    /** A server under test and where it takes carts. */
    private record Target(ServerProcess process, URI url) {
    }

    private final List<ServerProcess> processes = new ArrayList<>();
    private final Map<String, Target> targets = new LinkedHashMap<>();
    private ServerProcess client;
    private Path bodies;
    private int answerBytes;

    /**
     * @param hostFlags extra JVM flags for the host only, such as a flight recording
     * @param asyncBare whether to start the bare servlet in async mode too, as {@code bare-async}
     */
    static Testbed start(Path work, Path plugins, List<String> hostFlags, boolean asyncBare)
            throws IOException, InterruptedException {
        Testbed bed = new Testbed();
        try {
            bed.startAll(work, plugins, hostFlags, asyncBare);
            return bed;
        } catch (IOException | RuntimeException e) {
            bed.close();
            throw e;
        }
    }

    private void startAll(Path work, Path plugins, List<String> hostFlags, boolean asyncBare)
            throws IOException, InterruptedException {
        SeededHost seeded = SeededHost.start(System.getProperty("java.class.path"), work, "host", plugins, hostFlags);
        processes.add(seeded.process());
        targets.put("host", new Target(seeded.process(), seeded.evaluateUrl()));
        bodies = seeded.writeCarts(work.resolve("carts.ndjson"));
        answerBytes = seeded.answerBytes();
        startBare(work, "bare", List.of());
        if (asyncBare) {
            startBare(work, "bare-async", List.of("--async"));
        }
        client = ServerProcess.start(CLIENT_FLAGS, LoadGenerator.class, List.of(), work.resolve("client.log"));
        processes.add(client);
    }

    private void startBare(Path work, String name, List<String> flags) throws IOException {
        List<String> args = new ArrayList<>(List.of("--answer-bytes", String.valueOf(answerBytes)));
        args.addAll(flags);
        ServerProcess bare = ServerProcess.start(ServerProcess.SERVER_FLAGS, BareServer.class, args,
                work.resolve(name + ".log"));
        processes.add(bare);
        targets.put(name, new Target(bare, URI.create("http://127.0.0.1:" + bare.awaitReady() + "/cart")));
    }

    ServerProcess host() {
        return targets.get("host").process();
    }

    /** The servers under test: {@code host}, {@code bare}, perhaps {@code bare-async}. */
    List<String> servers() {
        return List.copyOf(targets.keySet());
    }

    int answerBytes() {
        return answerBytes;
    }

    int carts() throws IOException {
        return Files.readAllLines(bodies).size();
    }

    /** One measurement with the JVM load generator; {@code rate} 0 for saturation. */
    Row measure(String server, String load, int connections, double rate, int warmup, int seconds) throws IOException {
        Target target = targets.get(server);
        return new Meter(client, bodies).jetty(server, target.process(), target.url(), load, connections, rate, warmup,
                seconds);
    }

    /** The same at saturation with wrk. */
    Row measureWrk(String server, int connections, int warmup, int seconds) throws IOException, InterruptedException {
        Target target = targets.get(server);
        return new Meter(client, bodies).wrk(server, target.process(), target.url(), connections, warmup, seconds);
    }

    @Override
    public void close() throws InterruptedException {
        for (ServerProcess process : processes) {
            process.close();
        }
    }

    /** Deletes a folder and all in it, if it exists. */
    public static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
