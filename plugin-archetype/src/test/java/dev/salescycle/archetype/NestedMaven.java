package dev.salescycle.archetype;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Runs a Maven wrapper as a user would, against a head repository chained to the user's one. */
final class NestedMaven {

    private static final long TIMEOUT_MINUTES = 5;

    private final Path wrapper;
    private final HeadRepository head;
    private final Path userRepository;
    private final Path logs;

    NestedMaven(Path wrapper, HeadRepository head, Path userRepository, Path logs) {
        this.wrapper = wrapper;
        this.head = head;
        this.userRepository = userRepository;
        this.logs = logs;
    }

    /** The wrapper script of the checkout that holds the module folder. */
    static Path wrapperAbove(Path moduleDir) {
        for (Path dir = moduleDir.toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path script = wrapperIn(dir);
            if (Files.isRegularFile(script)) {
                return script;
            }
        }
        throw new IllegalStateException("no Maven wrapper (mvnw) above " + moduleDir);
    }

    /** Where the project folder's wrapper script is, for this operating system. */
    static Path wrapperIn(Path projectDir) {
        boolean windows = System.getProperty("os.name", "").startsWith("Windows");
        return projectDir.toAbsolutePath().resolve(windows ? "mvnw.cmd" : "mvnw");
    }

    /** The same builds, started with another wrapper script, such as the one a generated project carries. */
    NestedMaven withWrapper(Path script) {
        return new NestedMaven(script, head, userRepository, logs);
    }

    /**
     * Runs Maven in the folder and fails with the end of its log if it does not succeed.
     *
     * @param name names the log file
     */
    void run(String name, Path dir, String... arguments) throws IOException, InterruptedException {
        Outcome outcome = attempt(name, dir, arguments);
        if (outcome.exitCode() != 0) {
            throw new AssertionError("mvn " + String.join(" ", arguments) + " failed (exit " + outcome.exitCode()
                    + "); end of " + outcome.log() + ":\n" + outcome.tail(60));
        }
    }

    /**
     * Runs Maven in the folder and hands back how it ended, for builds that are meant to fail.
     *
     * @param name names the log file
     */
    Outcome attempt(String name, Path dir, String... arguments) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(wrapper.toString(), "-B", "-ntp", "-nsu",
                "-Dmaven.repo.local=" + head.root(), "-Dmaven.repo.local.tail=" + userRepository));
        command.addAll(List.of(arguments));
        Path log = Files.createDirectories(logs).resolve(name + ".log");
        Process process = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true)
                .redirectOutput(log.toFile()).start();
        if (!process.waitFor(TIMEOUT_MINUTES, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new AssertionError("mvn " + String.join(" ", arguments) + " did not finish in " + TIMEOUT_MINUTES
                    + " minutes; log: " + log);
        }
        return new Outcome(process.exitValue(), log);
    }

    /** How a nested build ended: its exit code and the log it wrote. */
    record Outcome(int exitCode, Path log) {

        String output() throws IOException {
            return Files.readString(log);
        }

        String tail(int lines) throws IOException {
            List<String> all = Files.readAllLines(log);
            return String.join("\n", all.subList(Math.max(0, all.size() - lines), all.size()));
        }
    }
}
