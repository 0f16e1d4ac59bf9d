package dev.salescycle.bench.http;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.util.Locale;

/** The plot area and its scales: linear load, log10 latency. */
record PlotAxes(int x, int y, int w, int h, double maxX, double lo, double hi) {

    int px(double load) {
        return x + (int) Math.round(w * load / maxX);
    }

    int py(double ms) {
        double v = Math.log10(Math.max(ms, Math.pow(10, lo)));
        return y + h - (int) Math.round(h * (v - lo) / (hi - lo));
    }

    /** 1, 2 or 5 times a power of ten, at least {@code rough}. */
    static double niceStep(double rough) {
        double power = Math.pow(10, Math.floor(Math.log10(Math.max(rough, 1e-9))));
        for (double m : new double[] {1, 2, 5, 10}) {
            if (m * power >= rough) {
                return m * power;
            }
        }
        return 10 * power;
    }

    void draw(Graphics2D g) {
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 11));
        for (double e = lo; e <= hi; e++) {
            for (int m = 1; m < 10 && e + Math.log10(m) <= hi; m++) {
                int yy = py(m * Math.pow(10, e));
                g.setColor(m == 1 ? new Color(0xBBBBBB) : new Color(0xEEEEEE));
                g.drawLine(x, yy, x + w, yy);
            }
            g.setColor(Color.BLACK);
            double value = Math.pow(10, e);
            g.drawString(value < 1 ? String.format(Locale.ROOT, "%.2f", value) : String.format(Locale.ROOT, "%.0f", value),
                    x - 40, py(value) + 4);
        }
        double step = niceStep(maxX / 5);
        for (double load = 0; load <= maxX; load += step) {
            g.setColor(new Color(0xEEEEEE));
            g.drawLine(px(load), y, px(load), y + h);
            g.setColor(Color.BLACK);
            g.drawString(String.format(Locale.ROOT, "%.0f", load), px(load) - 15, y + h + 16);
        }
        g.drawRect(x, y, w, h);
        g.drawString("requests per second", x + w / 2 - 50, y + h + 34);
        Graphics2D rotated = (Graphics2D) g.create();
        rotated.rotate(-Math.PI / 2);
        rotated.drawString("latency, ms (log scale)", -(y + h / 2 + 60), x - 50);
        rotated.dispose();
    }
}
