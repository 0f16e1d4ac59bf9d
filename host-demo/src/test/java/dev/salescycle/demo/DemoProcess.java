package dev.salescycle.demo;

import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.awaitility.core.ConditionTimeoutException;

/** The packaged demo jar run with {@code java -jar} in a process of its own; its output goes to a file. */
final class DemoProcess implements AutoCloseable {

    private static final Pattern RUNNING_AT = Pattern.compile("Salescycle demo is running at (\\S+)");
    private static final String READY = "Press Ctrl+C to stop.";

    private final Process process;
    private final Path log;
    private final URI baseUri;

    private DemoProcess(Process process, Path log, URI baseUri) {
        this.process = process;
        this.log = log;
        this.baseUri = baseUri;
    }

    /** Starts {@code java -jar host-demo.jar} with the arguments and waits until it says it is ready. */
    static DemoProcess start(Path dir, String... arguments) throws IOException, InterruptedException {
        Path jar = Path.of(System.getProperty("demo.jar", "target/host-demo.jar")).toAbsolutePath();
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException(jar + " is missing: run this test through Maven (mvn verify) after package");
        }
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m", "-jar", jar.toString()));
        command.addAll(List.of(arguments));
        Path log = Files.createTempFile(dir, "host-demo", ".log");
        Process process = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true)
                .redirectOutput(log.toFile()).start();
        try {
            await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(100))
                    .until(() -> !process.isAlive() || Files.readString(log).contains(READY));
        } catch (ConditionTimeoutException e) {
            // told below, with the output
        }
        if (!Files.readString(log).contains(READY)) {
            process.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
            throw new IllegalStateException("the demo did not start; its output:\n" + Files.readString(log));
        }
        Matcher running = RUNNING_AT.matcher(Files.readString(log));
        if (!running.find()) {
            process.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
            throw new IllegalStateException("the demo did not say its address; its output:\n" + Files.readString(log));
        }
        return new DemoProcess(process, log, URI.create(running.group(1)));
    }

    URI baseUri() {
        return baseUri;
    }

    /** What the process printed so far. */
    String output() {
        try {
            return Files.readString(log);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Stops it as Ctrl+C would (its shutdown hook stops the host), and checks that it ended. */
    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
            throw new IllegalStateException("the demo did not stop within 30 s of SIGTERM; its output:\n" + output());
        }
    }
}
