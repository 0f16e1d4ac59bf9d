package dev.salescycle.testplugins.faultalloc;

import dev.salescycle.sdk.ConversionOffer;
import dev.salescycle.sdk.PluginContext;
import dev.salescycle.sdk.model.Cart;
import dev.salescycle.sdk.model.Offer;
import java.util.ArrayList;
import java.util.List;
import org.pf4j.Extension;

/** Allocates and holds 64 MiB in 1 MiB blocks on every call before answering: memory pressure for the host. */
@Extension
public class AllocatingHooks implements ConversionOffer {

    static volatile int sink;

    @Override
    public List<Offer> offers(Cart cart, PluginContext context) {
        List<byte[]> held = new ArrayList<>();
        for (int i = 0; i < 64; i++) {
            byte[] block = new byte[1 << 20];
            block[i] = (byte) i;
            held.add(block);
        }
        sink = held.size();
        return List.of();
    }
}
