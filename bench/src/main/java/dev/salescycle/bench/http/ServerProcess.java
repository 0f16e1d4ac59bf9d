package dev.salescycle.bench.http;

import dev.salescycle.bench.memory.MemorySample;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A JVM started from this one's class path with another main class: a server or the load generator. Its
 * standard output is the answer channel ({@code ready}, {@code mem}, {@code result} lines), its standard error
 * goes to a log file, its standard input takes commands.
 */
public final class ServerProcess implements AutoCloseable {

    /** The JVM flags of both servers, so neither gets more heap or another collector. */
    public static final List<String> SERVER_FLAGS = List.of("-Xms1g", "-Xmx1g", "-XX:+UseG1GC");

    private final Process process;
    private final BufferedReader out;
    private final PrintStream in;
    private final long startedAt;

    private ServerProcess(Process process, long startedAt) {
        this.process = process;
        this.startedAt = startedAt;
        this.out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        this.in = new PrintStream(process.getOutputStream(), true, StandardCharsets.UTF_8);
    }

    public static ServerProcess start(List<String> jvmFlags, Class<?> main, List<String> args, Path log) throws IOException {
        return start(System.getProperty("java.class.path"), jvmFlags, main.getName(), args, log);
    }

    /** Starts a main class from another class path, such as an earlier build of the benchmarks jar. */
    public static ServerProcess start(String classPath, List<String> jvmFlags, String main, List<String> args, Path log)
            throws IOException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmFlags);
        command.add("-cp");
        command.add(classPath);
        command.add(main);
        command.addAll(args);
        ProcessBuilder builder = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.appendTo(log.toFile()));
        long startedAt = System.nanoTime();
        return new ServerProcess(builder.start(), startedAt);
    }

    /** When {@link #start} was called, on {@link System#nanoTime()}'s scale. */
    public long startedAt() {
        return startedAt;
    }

    /** Waits for the {@code ready PORT} line. */
    public int awaitReady() throws IOException {
        return Integer.parseInt(expect("ready ").trim());
    }

    /** Asks for a {@link MemorySample} (a full collection in the process). */
    public MemorySample memory() throws IOException {
        in.println("mem");
        return MemorySample.parse(expect("mem "));
    }

    /** Sends a command line and waits for the answer line starting with {@code prefix}. */
    public String ask(String command, String prefix) throws IOException {
        in.println(command);
        return expect(prefix);
    }

    /** The CPU time the process used so far. */
    public Duration cpu() {
        return process.toHandle().info().totalCpuDuration().orElse(Duration.ZERO);
    }

    public long pid() {
        return process.pid();
    }

    private String expect(String prefix) throws IOException {
        for (String line = out.readLine(); line != null; line = out.readLine()) {
            if (line.startsWith(prefix)) {
                return line.substring(prefix.length());
            }
        }
        throw new IOException("process " + process.pid() + " ended before answering '" + prefix + "'");
    }

    @Override
    public void close() throws InterruptedException {
        if (process.isAlive()) {
            in.println("quit");
            if (!process.waitFor(15, TimeUnit.SECONDS)) {
                process.destroy();
                process.waitFor(5, TimeUnit.SECONDS);
            }
        }
    }
}
