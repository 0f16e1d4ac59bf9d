package dev.salescycle.testplugins.faultspin;

import dev.salescycle.sdk.ConversionOffer;
import dev.salescycle.sdk.PluginContext;
import dev.salescycle.sdk.Upsell;
import dev.salescycle.sdk.model.Cart;
import dev.salescycle.sdk.model.Offer;
import dev.salescycle.sdk.model.Recommendation;
import java.util.List;
import org.pf4j.Extension;

/** Busy-loops for half a second on every call, never sleeping and never checking for interrupts. */
@Extension
public class SpinningHooks implements ConversionOffer, Upsell {

    static volatile long sink;

    private static void spin() {
        long until = System.nanoTime() + 500_000_000L;
        long x = 0;
        while (System.nanoTime() < until) {
            x += until ^ x;
        }
        sink = x;
    }

    @Override
    public List<Offer> offers(Cart cart, PluginContext context) {
        spin();
        return List.of();
    }

    @Override
    public List<Recommendation> recommend(Cart cart, PluginContext context) {
        spin();
        return List.of();
    }
}
