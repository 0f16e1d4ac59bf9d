package dev.salescycle.it;

import dev.salescycle.host.SalesCycleHost;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.Duration;

/**
 * A host in a JVM of its own, for {@link CrashSafetyTest} to kill. Arguments: the config file, the plugins
 * folder, the data folder, the file to write the chosen port to, and how far (ISO duration) its clock runs
 * ahead of the real one.
 */
public final class CrashHostMain {

    private CrashHostMain() {
    }

    public static void main(String[] args) throws Exception {
        Clock clock = Clock.offset(Clock.systemUTC(), Duration.parse(args[4]));
        SalesCycleHost host = SalesCycleHost.builder().configFile(Path.of(args[0])).pluginsDir(Path.of(args[1]))
                .dataDir(Path.of(args[2])).port(0).clock(clock).build().start();
        Runtime.getRuntime().addShutdownHook(new Thread(host::close));
        Path portFile = Path.of(args[3]);
        Path written = Files.writeString(portFile.resolveSibling(portFile.getFileName() + ".tmp"),
                String.valueOf(host.port()));
        Files.move(written, portFile, StandardCopyOption.ATOMIC_MOVE);
        Thread.currentThread().join();
    }
}
