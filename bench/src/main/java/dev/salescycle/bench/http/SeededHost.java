package dev.salescycle.bench.http;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * A host process filled with the bench shop through its API, with the carts that get recommendations.
 *
 * @param process the host process
 * @param evaluateUrl its {@code POST /cart/evaluate}
 * @param carts the request bodies, each answered with recommendations
 * @param answerBytes the mean size of the host's answers to them
 */
public record SeededHost(ServerProcess process, URI evaluateUrl, List<byte[]> carts, int answerBytes) {

    /**
     * Starts the host from a class path (this one, or an earlier build for a before/after comparison) with its
     * data in a fresh folder under {@code work}, and seeds it.
     */
    public static SeededHost start(String classPath, Path work, String name, Path plugins, List<String> extraFlags)
            throws IOException, InterruptedException {
        return start(classPath, work, name, plugins, extraFlags, false);
    }

    /** @param edge whether the host's rate limits and CORS allowlist are on and the load sends an {@code Origin} */
    public static SeededHost start(String classPath, Path work, String name, Path plugins, List<String> extraFlags,
                                   boolean edge) throws IOException, InterruptedException {
        return start(classPath, work, name, plugins, extraFlags, edge, false);
    }

    /** @param experiment whether the shop runs an experiment on its conversion offers (by visitor id) */
    public static SeededHost start(String classPath, Path work, String name, Path plugins, List<String> extraFlags,
                                   boolean edge, boolean experiment) throws IOException, InterruptedException {
        Path data = work.resolve(name + "-data");
        Testbed.deleteTree(data);
        Files.createDirectories(work);
        List<String> flags = new ArrayList<>(ServerProcess.SERVER_FLAGS);
        flags.addAll(extraFlags);
        ServerProcess process = ServerProcess.start(classPath, flags, HostServer.class.getName(),
                List.of("--plugins", plugins.toAbsolutePath().toString(), "--data", data.toString(), "--edge", edge ? "on" : "off",
                        "--experiment", experiment ? "on" : "off"),
                work.resolve(name + ".log"));
        try {
            Seeder seeder = new Seeder(process.awaitReady(), edge);
            BenchShop shop = new BenchShop();
            seeder.seed(shop);
            List<byte[]> carts = seeder.cartsWithRecommendations(shop.carts(400), 100, Duration.ofMinutes(3));
            long bytes = 0;
            for (byte[] cart : carts) {
                bytes += seeder.evaluate(cart).getBytes(StandardCharsets.UTF_8).length;
            }
            return new SeededHost(process, seeder.evaluateUrl(), carts, (int) (bytes / carts.size()));
        } catch (IOException | RuntimeException e) {
            process.close();
            throw e;
        }
    }

    /**
     * Writes the carts, one a line, each sent by every one of {@code visitors} visitors in turn (a
     * {@code visitorId} added to the body), for the load generator and wrk.
     */
    public Path writeCarts(Path file, int visitors) throws IOException {
        StringBuilder lines = new StringBuilder();
        for (int v = 0; v < visitors; v++) {
            for (byte[] cart : carts) {
                lines.append("{\"visitorId\":\"visitor-").append(v).append("\",")
                        .append(BenchShop.text(cart).substring(1)).append('\n');
            }
        }
        Files.writeString(file, lines);
        return file;
    }

    /** Writes the carts, one a line, for the load generator and wrk. */
    public Path writeCarts(Path file) throws IOException {
        StringBuilder lines = new StringBuilder();
        carts.forEach(cart -> lines.append(BenchShop.text(cart)).append('\n'));
        Files.writeString(file, lines);
        return file;
    }
}
