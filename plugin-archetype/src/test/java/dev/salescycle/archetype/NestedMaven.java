package dev.salescycle.archetype;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Runs the repository's Maven wrapper as a user would, against a head repository chained to the user's one. */
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
        boolean windows = System.getProperty("os.name", "").startsWith("Windows");
        for (Path dir = moduleDir.toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path script = dir.resolve(windows ? "mvnw.cmd" : "mvnw");
            if (Files.isRegularFile(script)) {
                return script;
            }
        }
        throw new IllegalStateException("no Maven wrapper (mvnw) above " + moduleDir);
    }

    /**
     * Runs Maven in the folder and fails with the end of its log if it does not succeed.
     *
     * @param name names the log file
     */
    void run(String name, Path dir, String... arguments) throws IOException, InterruptedException {
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
        if (process.exitValue() != 0) {
            List<String> lines = Files.readAllLines(log);
            throw new AssertionError("mvn " + String.join(" ", arguments) + " failed (exit " + process.exitValue()
                    + "); end of " + log + ":\n" + String.join("\n", lines.subList(Math.max(0, lines.size() - 60), lines.size())));
        }
    }
}
