package dev.salescycle.bench.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.Timeout;

/** The plot is a PNG with one panel per connection count, with both servers' lines drawn in their colours. */
@Timeout(600)
class LatencyPlotTest {

    @Test
    void drawsOnePanelPerConnectionCountWithBothServers(@TempDir Path dir) throws Exception {
        List<Row> rows = new ArrayList<>();
        for (int c : List.of(16, 64)) {
            rows.add(row("bare", "saturation", c, 0, 20_000, 1.0));
            rows.add(row("host", "saturation", c, 0, 10_000, 3.0));
            for (double f : List.of(0.25, 0.5, 0.75)) {
                rows.add(row("bare", Math.round(f * 100) + "%", c, 20_000 * f, 20_000 * f, 0.3));
                rows.add(row("host", Math.round(f * 100) + "%", c, 20_000 * f, 20_000 * f, 0.6));
            }
        }
        Path file = dir.resolve("plots/latency.png");

        LatencyPlot.write(rows, List.of(16, 64), file);

        BufferedImage image = ImageIO.read(file.toFile());
        assertThat(image.getWidth()).isEqualTo(2 * 620);
        assertThat(colours(image)).contains(0x1F77B4, 0xD62728);
    }

    private static Row row(String server, String load, int connections, double target, double rate, double p50) {
        return new Row(server, "jetty", load, new LoadResult(connections, target, rate, (long) rate * 10, 0, p50, p50 * 2,
                p50 * 4, p50 * 8, p50 * 10, 1500), 50);
    }

    private static List<Integer> colours(BufferedImage image) {
        List<Integer> seen = new ArrayList<>();
        for (int x = 0; x < image.getWidth(); x += 2) {
            for (int y = 0; y < image.getHeight(); y += 2) {
                int rgb = image.getRGB(x, y) & 0xFFFFFF;
                if (!seen.contains(rgb)) {
                    seen.add(rgb);
                }
            }
        }
        return seen;
    }
}
