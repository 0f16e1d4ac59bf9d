package dev.salescycle.plugins.copurchase.model;

import java.util.Arrays;

/** Picks the best k of many (count, id) pairs with a bounded min-heap of packed keys. */
final class TopKSelector {

    private final int k;
    private final long[] heap;
    private int size;

    TopKSelector(int k) {
        this.k = k;
        this.heap = new long[k];
    }

    void offer(int count, int id) {
        long key = TopList.key(count, id);
        if (size < k) {
            heap[size] = key;
            siftUp(size++);
        } else if (key > heap[0]) {
            heap[0] = key;
            siftDown();
        }
    }

    /** The selected entries as a list, best first; the selector is empty afterwards. */
    TopList drain() {
        long[] best = Arrays.copyOf(heap, size);
        Arrays.sort(best);
        for (int i = 0, j = best.length - 1; i < j; i++, j--) {
            long t = best[i];
            best[i] = best[j];
            best[j] = t;
        }
        TopList list = new TopList(k, best, best.length);
        size = 0;
        return list;
    }

    private void siftUp(int at) {
        long key = heap[at];
        while (at > 0) {
            int parent = (at - 1) >>> 1;
            if (heap[parent] <= key) {
                break;
            }
            heap[at] = heap[parent];
            at = parent;
        }
        heap[at] = key;
    }

    private void siftDown() {
        long key = heap[0];
        int at = 0;
        while (true) {
            int child = 2 * at + 1;
            if (child >= size) {
                break;
            }
            if (child + 1 < size && heap[child + 1] < heap[child]) {
                child++;
            }
            if (heap[child] >= key) {
                break;
            }
            heap[at] = heap[child];
            at = child;
        }
        heap[at] = key;
    }
}
