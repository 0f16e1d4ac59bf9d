package dev.salescycle.bench.experiments;

import dev.salescycle.bench.Machine;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Locale;

/**
 * The proof by simulation of the experiment engine, full size: A/A runs for false winners under peeking, A/B
 * runs for power and units needed, and a 52/48 split for the sample-ratio check. Prints the tables, and
 * writes them into the generated section of the experiments guide with the figure beside it.
 *
 * <p>Arguments: {@code [--runs 1000] [--seed 1] [--doc docs/experiments.md]
 * [--plot docs/experiments/simulation.svg] [--print-only]}, paths relative to the working directory
 * (the repository's root).
 */
public final class ExperimentSimulation {

    private ExperimentSimulation() {
    }

    public static void main(String[] args) throws IOException {
        int runs = 1000;
        long seed = 1;
        Path doc = Path.of("docs/experiments.md");
        Path plot = Path.of("docs/experiments/simulation.svg");
        boolean write = true;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--runs" -> runs = Integer.parseInt(args[++i]);
                case "--seed" -> seed = Long.parseLong(args[++i]);
                case "--doc" -> doc = Path.of(args[++i]);
                case "--plot" -> plot = Path.of(args[++i]);
                case "--print-only" -> write = false;
                default -> throw new IllegalArgumentException("Unknown argument " + args[i]
                        + "; use --runs N --seed S --doc FILE --plot FILE --print-only");
            }
        }
        String loadBefore = Machine.load();
        long start = System.nanoTime();
        SimulationResults results = SimulationResults.run(runs, seed);
        String provenance = String.format(Locale.ROOT, "Made on %s with `java -cp bench/target/benchmarks.jar "
                        + "dev.salescycle.bench.experiments.ExperimentSimulation --runs %d --seed %d` in %.0f s "
                        + "(%s; load average %s before, %s after).", LocalDate.now(ZoneOffset.UTC), runs, seed,
                (System.nanoTime() - start) / 1e9, Machine.describe(), loadBefore, Machine.load());
        String relativePlot = doc.toAbsolutePath().getParent().relativize(plot.toAbsolutePath()).toString();
        String markdown = SimulationReport.markdown(results, provenance, relativePlot);
        System.out.println(markdown);
        if (write) {
            Files.createDirectories(plot.toAbsolutePath().getParent());
            Files.writeString(plot, SimulationPlot.svg(results), StandardCharsets.UTF_8);
            DocSection.replace(doc, markdown);
            System.err.println("Wrote " + plot + " and the simulation section of " + doc);
        }
    }
}
