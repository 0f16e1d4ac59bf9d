package dev.salescycle.testplugins.swapv2;

import org.pf4j.Plugin;

/** Runs a background thread while started and ends it on stop, as a plugin with a refresh loop does. */
public class SwapPlugin extends Plugin {

    private Thread ticker;

    @Override
    public void start() {
        ticker = new Thread(SwapPlugin::tick, "swap-upsell-v2-ticker");
        ticker.setDaemon(true);
        ticker.start();
    }

    @Override
    public void stop() {
        ticker.interrupt();
        try {
            ticker.join(5_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        ticker = null;
    }

    private static void tick() {
        try {
            while (true) {
                Thread.sleep(20);
            }
        } catch (InterruptedException e) {
            // stopped
        }
    }
}
