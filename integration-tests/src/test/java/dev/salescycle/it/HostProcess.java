package dev.salescycle.it;

import static org.awaitility.Awaitility.await;

import dev.salescycle.testkit.ApiClient;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.awaitility.core.ConditionTimeoutException;

/** {@link CrashHostMain} started as a separate JVM with this JVM's class path; its output goes to a file. */
final class HostProcess implements AutoCloseable {

    private final Process process;
    private final int port;
    private final Path log;

    private HostProcess(Process process, int port, Path log) {
        this.process = process;
        this.port = port;
        this.log = log;
    }

    static HostProcess start(Path dir, String name, Duration clockAhead) throws Exception {
        Path portFile = dir.resolve(name + ".port");
        Path log = dir.resolve(name + ".log");
        Files.deleteIfExists(portFile);
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process process = new ProcessBuilder(List.of(java, "-Xmx512m", "-cp", System.getProperty("java.class.path"),
                CrashHostMain.class.getName(), dir.resolve("salescycle.yaml").toString(), dir.resolve("plugins").toString(),
                dir.resolve("data").toString(), portFile.toString(), clockAhead.toString()))
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        try {
            await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofMillis(50))
                    .until(() -> !process.isAlive() || Files.exists(portFile));
        } catch (ConditionTimeoutException e) {
            // told below, with the log
        }
        if (!Files.exists(portFile)) {
            process.destroyForcibly();
            throw new IllegalStateException("the host process did not start; its log:\n" + Files.readString(log));
        }
        return new HostProcess(process, Integer.parseInt(Files.readString(portFile).strip()), log);
    }

    /** A client with the shop key of {@link TestKeys}. */
    ApiClient client() {
        return new ApiClient(URI.create("http://127.0.0.1:" + port + "/")).withHeaders(TestKeys.AUTH);
    }

    /** Kills the JVM at once, as a power cut or kill -9 would: no shutdown hook runs. */
    void kill() throws InterruptedException {
        process.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
    }

    Path log() {
        return log;
    }

    /** Stops it gracefully (its shutdown hook closes the host). */
    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }
}
