package dev.salescycle.bench.experiments;

import java.util.List;
import java.util.Locale;

/** A small SVG line chart writer: panels with axes, grid, lines and a legend. No scripts, no styles from outside. */
final class SvgChart {

    /**
     * One line.
     *
     * @param label  its legend
     * @param colour an SVG colour
     * @param dashed whether to dash it
     * @param x      x values, ascending
     * @param y      y values
     */
    record Series(String label, String colour, boolean dashed, double[] x, double[] y) {
    }

    /**
     * One panel's frame.
     *
     * @param title  the title above it
     * @param xLabel the x axis' label
     * @param xMax   the x axis runs from 0 to this
     * @param xStep  between two x grid lines
     * @param yLabel the y axis' label
     * @param yMax   the y axis runs from 0 to this (a share, shown in percent)
     * @param yStep  between two y grid lines
     * @param legendLow whether the legend goes to the lower right corner (else the upper left)
     */
    record Frame(String title, String xLabel, double xMax, double xStep, String yLabel, double yMax, double yStep,
                 boolean legendLow) {
    }

    private static final int LEGEND_WIDTH = 200;

    private final StringBuilder svg = new StringBuilder();

    SvgChart(int width, int height) {
        svg.append(String.format(Locale.ROOT, "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\" "
                + "viewBox=\"0 0 %d %d\" font-family=\"sans-serif\" font-size=\"12\">%n"
                + "<rect width=\"%d\" height=\"%d\" fill=\"white\"/>%n", width, height, width, height, width, height));
    }

    /** Draws a panel whose plotting area starts at ({@code left}, {@code top}). */
    void panel(int left, int top, int width, int height, Frame frame, List<Series> series) {
        text(left + width / 2.0, top - 12, "middle", "bold", frame.title());
        for (double x = 0; x <= frame.xMax() + 1e-9; x += frame.xStep()) {
            double px = left + width * x / frame.xMax();
            line(px, top, px, top + height, "#e0e0e0", false, 1);
            text(px, top + height + 16, "middle", "normal", String.format(Locale.ROOT, "%,.0f", x));
        }
        for (double y = 0; y <= frame.yMax() + 1e-9; y += frame.yStep()) {
            double py = top + height - height * y / frame.yMax();
            line(left, py, left + width, py, "#e0e0e0", false, 1);
            text(left - 6, py + 4, "end", "normal", String.format(Locale.ROOT, "%.0f%%", 100 * y));
        }
        svg.append(String.format(Locale.ROOT, "<rect x=\"%d\" y=\"%d\" width=\"%d\" height=\"%d\" fill=\"none\" "
                + "stroke=\"#555\"/>%n", left, top, width, height));
        text(left + width / 2.0, top + height + 34, "middle", "normal", frame.xLabel());
        svg.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%.1f\" text-anchor=\"middle\" transform=\"rotate(-90 %d %.1f)\">"
                + "%s</text>%n", left - 42, top + height / 2.0, left - 42, top + height / 2.0, escape(frame.yLabel())));
        for (int i = 0; i < series.size(); i++) {
            Series s = series.get(i);
            StringBuilder points = new StringBuilder();
            for (int j = 0; j < s.x().length; j++) {
                double px = left + width * Math.min(s.x()[j], frame.xMax()) / frame.xMax();
                double py = top + height - height * Math.min(s.y()[j], frame.yMax()) / frame.yMax();
                points.append(String.format(Locale.ROOT, "%.1f,%.1f ", px, py));
            }
            svg.append(String.format(Locale.ROOT, "<polyline fill=\"none\" stroke=\"%s\" stroke-width=\"2\"%s points=\"%s\"/>%n",
                    s.colour(), s.dashed() ? " stroke-dasharray=\"6 4\"" : "", points.toString().trim()));
            double ly = frame.legendLow() ? top + height - 10 - 16 * (series.size() - 1 - i) : top + 14 + 16 * i;
            double lx = frame.legendLow() ? left + width - LEGEND_WIDTH : left + 10;
            line(lx, ly - 4, lx + 24, ly - 4, s.colour(), s.dashed(), 2);
            text(lx + 30, ly, "start", "normal", s.label());
        }
    }

    String finish() {
        return svg + "</svg>\n";
    }

    private void line(double x1, double y1, double x2, double y2, String colour, boolean dashed, int width) {
        svg.append(String.format(Locale.ROOT, "<line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" stroke=\"%s\" "
                + "stroke-width=\"%d\"%s/>%n", x1, y1, x2, y2, colour, width, dashed ? " stroke-dasharray=\"6 4\"" : ""));
    }

    private void text(double x, double y, String anchor, String weight, String text) {
        svg.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%.1f\" text-anchor=\"%s\" font-weight=\"%s\">%s</text>%n",
                x, y, anchor, weight, escape(text)));
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
