package dev.salescycle.bench.http;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.Stroke;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.function.ToDoubleFunction;
import javax.imageio.ImageIO;

/**
 * Draws latency percentiles against load, one panel per connection count: the bare servlet in blue, the host
 * in red, one line style per percentile over the open-loop loads, a square per percentile at saturation,
 * latency on a log scale. Plain Java2D, no plotting library.
 */
public final class LatencyPlot {

    private static final int PANEL_W = 620;
    private static final int H = 560;
    private static final int LEFT = 70;
    private static final int RIGHT = 20;
    private static final int TOP = 50;
    private static final int BOTTOM = 160;
    private static final Color BARE = new Color(0x1F77B4);
    private static final Color HOST = new Color(0xD62728);
    private static final String[] NAMES = {"p50", "p90", "p99", "p99.9"};
    private static final List<ToDoubleFunction<LoadResult>> PERCENTILES =
            List.of(LoadResult::p50, LoadResult::p90, LoadResult::p99, LoadResult::p999);
    private static final float[][] DASHES = {null, {10, 5}, {3, 4}, {12, 4, 3, 4}};

    private LatencyPlot() {
    }

    /**
     * Draws the plot again from a comparison's results file.
     *
     * <pre>java -cp bench/target/benchmarks.jar dev.salescycle.bench.http.LatencyPlot \
     *     bench/target/http-run/http-rows.txt docs/bench/latency.png</pre>
     */
    public static void main(String[] args) throws IOException {
        List<Row> rows = Files.readAllLines(Path.of(args[0])).stream().filter(l -> !l.isBlank()).map(Row::parse).toList();
        List<Integer> connections = rows.stream().map(r -> r.result().connections()).distinct().sorted().toList();
        write(rows, connections, Path.of(args[1]));
    }

    static void write(List<Row> rows, List<Integer> connections, Path file) throws IOException {
        System.setProperty("java.awt.headless", "true");
        BufferedImage image = new BufferedImage(PANEL_W * connections.size(), H, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, image.getWidth(), H);
        for (int i = 0; i < connections.size(); i++) {
            int c = connections.get(i);
            panel(g, i * PANEL_W, rows.stream().filter(r -> r.client().equals("jetty") && r.result().connections() == c)
                    .toList(), c);
        }
        g.dispose();
        Files.createDirectories(file.toAbsolutePath().getParent());
        ImageIO.write(image, "png", file.toFile());
    }

    private static void panel(Graphics2D g, int x0, List<Row> rows, int connections) {
        double maxX = rows.stream().mapToDouble(LatencyPlot::x).max().orElse(1) * 1.05;
        double lo = Math.floor(Math.log10(Math.max(0.01, rows.stream().mapToDouble(r -> r.result().p50()).min().orElse(0.1))));
        double hi = Math.ceil(Math.log10(Math.max(1, rows.stream().mapToDouble(r -> r.result().p999()).max().orElse(10))));
        PlotAxes axes = new PlotAxes(x0 + LEFT, TOP, PANEL_W - LEFT - RIGHT, H - TOP - BOTTOM, maxX, lo, hi);
        g.setColor(Color.BLACK);
        g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 15));
        g.drawString("POST cart/evaluate, " + connections + " connections", x0 + LEFT, 28);
        axes.draw(g);
        for (String server : List.of("bare", "host")) {
            Color colour = server.equals("bare") ? BARE : HOST;
            List<Row> series = rows.stream().filter(r -> r.server().equals(server) && !r.saturation())
                    .sorted(Comparator.comparingDouble(LatencyPlot::x)).toList();
            for (int p = 0; p < PERCENTILES.size(); p++) {
                line(g, axes, series, PERCENTILES.get(p), colour, stroke(p));
            }
            rows.stream().filter(r -> r.server().equals(server) && r.saturation())
                    .forEach(r -> saturation(g, axes, r, colour));
        }
        legend(g, x0 + LEFT, H - BOTTOM + 55);
    }

    /** Offered load for the fixed rates, answered load at saturation. */
    private static double x(Row row) {
        return row.saturation() ? row.result().rate() : row.result().targetRate();
    }

    private static void line(Graphics2D g, PlotAxes axes, List<Row> series, ToDoubleFunction<LoadResult> percentile,
                             Color color, Stroke stroke) {
        g.setColor(color);
        int[] px = new int[series.size()];
        int[] py = new int[series.size()];
        for (int i = 0; i < series.size(); i++) {
            px[i] = axes.px(x(series.get(i)));
            py[i] = axes.py(percentile.applyAsDouble(series.get(i).result()));
        }
        g.setStroke(stroke);
        g.drawPolyline(px, py, px.length);
        g.setStroke(new BasicStroke(1));
        for (int i = 0; i < px.length; i++) {
            g.fillOval(px[i] - 3, py[i] - 3, 7, 7);
        }
    }

    /** The saturation point: hollow squares, one per percentile, on the answered rate. */
    private static void saturation(Graphics2D g, PlotAxes axes, Row row, Color colour) {
        g.setColor(colour);
        g.setStroke(new BasicStroke(2));
        int x = axes.px(x(row));
        for (ToDoubleFunction<LoadResult> percentile : PERCENTILES) {
            int y = axes.py(percentile.applyAsDouble(row.result()));
            g.drawRect(x - 5, y - 5, 10, 10);
        }
        g.setStroke(new BasicStroke(1));
    }

    private static Stroke stroke(int percentile) {
        float[] dash = DASHES[percentile];
        return dash == null ? new BasicStroke(2) : new BasicStroke(2, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10, dash, 0);
    }

    private static void legend(Graphics2D g, int x, int y) {
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 12));
        for (int s = 0; s < 2; s++) {
            for (int p = 0; p < NAMES.length; p++) {
                int lx = x + p * 130;
                int ly = y + s * 22;
                g.setColor(s == 0 ? BARE : HOST);
                g.setStroke(stroke(p));
                g.drawLine(lx, ly, lx + 40, ly);
                g.setStroke(new BasicStroke(1));
                g.setColor(Color.BLACK);
                g.drawString((s == 0 ? "bare " : "host ") + NAMES[p], lx + 46, ly + 4);
            }
        }
        g.drawString("lines: open loop, offered at 25%, 50%, 75% of bare's saturation rate", x, y + 50);
        g.drawString("squares: saturation, at the rate answered", x, y + 66);
    }
}
