package dev.salescycle.demo.sample;

import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Optional;
import java.util.regex.Pattern;

/** Reads the sample data bundled for demo shops, {@code samples/<shopId>.json} on the class path. */
public final class SampleShops {

    private static final Pattern SHOP_ID = Pattern.compile("[a-z0-9][a-z0-9._-]{0,63}");

    private final ObjectMapper json;

    /** @param json the mapper used to read the sample files */
    public SampleShops(ObjectMapper json) {
        this.json = json;
    }

    /**
     * @param shopId a shop id from the host's config
     * @return its sample data, or empty if none is bundled for that shop
     */
    public Optional<SampleShop> forShop(String shopId) {
        if (!SHOP_ID.matcher(shopId).matches()) {
            return Optional.empty();
        }
        String resource = "samples/" + shopId + ".json";
        try (InputStream in = SampleShops.class.getClassLoader().getResourceAsStream(resource)) {
            return in == null ? Optional.empty() : Optional.of(json.readValue(in, SampleShop.class));
        } catch (IOException e) {
            throw new UncheckedIOException("bundled sample " + resource + " is unreadable: " + e.getMessage(), e);
        }
    }
}
