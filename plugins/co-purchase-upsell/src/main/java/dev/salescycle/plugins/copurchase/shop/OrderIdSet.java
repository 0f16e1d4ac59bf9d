package dev.salescycle.plugins.copurchase.shop;

import java.util.Arrays;

/**
 * The order ids a rebuild has streamed, as 64-bit hashes in an open-addressing table: 16 bytes an
 * order instead of a String each. Two distinct ids share a hash with odds of about n²/2⁶⁵.
 */
final class OrderIdSet {

    private long[] slots = new long[1024];
    private int size;

    void add(String orderId) {
        if (2 * (size + 1) > slots.length) {
            rehash();
        }
        if (insert(slots, hash(orderId))) {
            size++;
        }
    }

    boolean contains(String orderId) {
        long hash = hash(orderId);
        int mask = slots.length - 1;
        for (int i = (int) hash & mask; slots[i] != 0; i = (i + 1) & mask) {
            if (slots[i] == hash) {
                return true;
            }
        }
        return false;
    }

    private static boolean insert(long[] table, long hash) {
        int mask = table.length - 1;
        int i = (int) hash & mask;
        while (table[i] != 0) {
            if (table[i] == hash) {
                return false;
            }
            i = (i + 1) & mask;
        }
        table[i] = hash;
        return true;
    }

    private void rehash() {
        long[] bigger = new long[slots.length * 2];
        Arrays.stream(slots).filter(h -> h != 0).forEach(h -> insert(bigger, h));
        slots = bigger;
    }

    /** FNV-1a over the chars, then a 64-bit finaliser; never 0, which marks an empty slot. */
    static long hash(String text) {
        long h = 0xcbf29ce484222325L;
        for (int i = 0; i < text.length(); i++) {
            h = (h ^ text.charAt(i)) * 0x100000001b3L;
        }
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        h *= 0xc4ceb9fe1a85ec53L;
        h ^= h >>> 33;
        return h == 0 ? 1 : h;
    }
}
