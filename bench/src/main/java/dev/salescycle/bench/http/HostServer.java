package dev.salescycle.bench.http;

import dev.salescycle.host.SalesCycleHost;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The host as a benchmark starts it: the bench shop's config, the bundled plugins, an H2 file store in the
 * data folder. Arguments: {@code --plugins DIR --data DIR [--port N] [--edge on] [--experiment on]} (rate limits and the CORS
 * allowlist on; off by default, as builds before them ran); prints {@code ready PORT}, then obeys
 * {@link Commands}.
 */
public final class HostServer {

    private HostServer() {
    }

    public static void main(String[] args) throws Exception {
        Path data = Path.of(Commands.arg(args, "--data"));
        Files.createDirectories(data);
        Path config = data.resolve("bench.yaml");
        Files.writeString(config, BenchShop.config("on".equals(Commands.arg(args, "--edge")),
                "on".equals(Commands.arg(args, "--experiment"))));
        SalesCycleHost host = SalesCycleHost.builder().configFile(config)
                .pluginsDir(Path.of(Commands.arg(args, "--plugins"))).dataDir(data)
                .port(Commands.intArg(args, "--port", 0)).build().start();
        System.out.println("ready " + host.port());
        System.out.flush();
        Commands.serve(host::stop);
    }
}
