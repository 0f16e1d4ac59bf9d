package dev.salescycle.demo;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.Callable;

/**
 * {@code java -jar host-demo.jar}: starts the Salescycle host with the demo storefront, the
 * bundled plugins and two sample shops, and runs until stopped (Ctrl+C).
 */
@Command(name = "host-demo",
        description = {"Runs the Salescycle host with a demo storefront and sample shops.",
                "Open the printed address in a browser; stop with Ctrl+C."},
        sortOptions = false, usageHelpAutoWidth = true)
public final class DemoMain implements Callable<Integer> {

    @Option(names = "--config", paramLabel = "FILE",
            description = "Operator config (YAML). Default: the bundled sample config with two shops, "
                    + "copied into the data folder as demo-config.yaml.")
    private Path config;

    @Option(names = "--port", paramLabel = "N",
            description = "HTTP port, overrides host.port of the config; 0 picks a free port.")
    private Integer port;

    @Option(names = "--bind", paramLabel = "ADDRESS",
            description = "Address to listen on, overrides host.bind (default 127.0.0.1, this machine only); "
                    + "0.0.0.0 for every interface.")
    private String bind;

    @Option(names = "--plugins", paramLabel = "DIR",
            description = "Folder with the plugin zips and jars; wins over host.pluginsDir of the config. Default: "
                    + "host.pluginsDir of the --config file (relative to that file) when it sets one, else 'plugins' "
                    + "next to the jar.")
    private Path pluginsDir;

    @Option(names = "--data", paramLabel = "DIR",
            description = "Folder for the database. Default: 'data' next to the jar.")
    private Path dataDir;

    @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help and exit.")
    private boolean help;

    private final PrintStream out;
    private final PrintStream err;
    private DemoServer server;

    /**
     * @param out where the usage and the start-up report go
     * @param err where errors go
     */
    public DemoMain(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    /** Starts the demo and blocks until the JVM is asked to stop. */
    public static void main(String[] args) throws InterruptedException {
        DemoMain main = new DemoMain(System.out, System.err);
        int exitCode = main.execute(args);
        DemoServer running = main.server();
        if (exitCode != 0 || running == null) {
            System.exit(exitCode);
        }
        Runtime.getRuntime().addShutdownHook(new Thread(running::close, "salescycle-demo-stop"));
        running.awaitStop();
    }

    /**
     * Parses the arguments and starts the demo, leaving it running on success.
     *
     * @return the exit code: 0 after help or a successful start, 1 if the demo cannot start, 2 for bad arguments
     */
    public int execute(String... args) {
        return new CommandLine(this)
                .setOut(new PrintWriter(out, true, StandardCharsets.UTF_8))
                .setErr(new PrintWriter(err, true, StandardCharsets.UTF_8))
                .execute(args);
    }

    /** @return the running demo after a successful {@link #execute}, else {@code null} */
    public DemoServer server() {
        return server;
    }

    @Override
    public Integer call() {
        Path home = DemoLocations.home();
        try {
            DemoSettings settings = new DemoSettings(config,
                    pluginsDir != null ? pluginsDir
                            : ConfiguredPluginsDir.of(config).orElse(home.resolve("plugins")),
                    dataDir != null ? dataDir : home.resolve("data"), port, bind);
            server = DemoServer.start(settings, out);
            out.println("Press Ctrl+C to stop.");
            return 0;
        } catch (DemoStartupException | IllegalArgumentException e) {
            err.println("Error: " + e.getMessage());
            return 1;
        }
    }
}
