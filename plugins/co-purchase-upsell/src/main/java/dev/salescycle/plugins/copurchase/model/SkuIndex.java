package dev.salescycle.plugins.copurchase.model;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/** Dense int ids for skus, in order of first appearance. */
public final class SkuIndex {

    private final Map<String, Integer> ids;
    private String[] skus;
    private int size;

    public SkuIndex() {
        this(new HashMap<>(), new String[64], 0);
    }

    private SkuIndex(Map<String, Integer> ids, String[] skus, int size) {
        this.ids = ids;
        this.skus = skus;
        this.size = size;
    }

    /** The id of the sku, or -1 if the model has never seen it. */
    public int idOf(String sku) {
        Integer id = ids.get(sku);
        return id == null ? -1 : id;
    }

    /** The id of the sku, assigning the next free id to a new one. */
    int idOrAdd(String sku) {
        Integer id = ids.get(sku);
        if (id != null) {
            return id;
        }
        if (size == skus.length) {
            skus = Arrays.copyOf(skus, size * 2);
        }
        skus[size] = sku;
        ids.put(sku, size);
        return size++;
    }

    /** The sku with this id. */
    public String sku(int id) {
        return skus[id];
    }

    /** How many skus have ids. */
    public int size() {
        return size;
    }

    SkuIndex copy() {
        return new SkuIndex(new HashMap<>(ids), skus.clone(), size);
    }
}
