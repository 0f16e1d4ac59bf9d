package dev.salescycle.bench.memory;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;

/**
 * What the process holds after a full collection: live heap, metaspace, loaded classes and threads.
 *
 * @param heapBytes heap in use right after {@code System.gc()}
 * @param metaspaceBytes metaspace in use
 * @param classes classes loaded now
 * @param threads live threads
 */
public record MemorySample(long heapBytes, long metaspaceBytes, int classes, int threads) {

    /** Collects garbage, then measures; meant for a quiet moment, never inside a latency measurement. */
    public static MemorySample afterGc() {
        System.gc();
        long metaspace = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getName().equals("Metaspace")) {
                metaspace = pool.getUsage().getUsed();
            }
        }
        return new MemorySample(ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed(), metaspace,
                ManagementFactory.getClassLoadingMXBean().getLoadedClassCount(),
                ManagementFactory.getThreadMXBean().getThreadCount());
    }

    public String json() {
        return "{\"heapBytes\":" + heapBytes + ",\"metaspaceBytes\":" + metaspaceBytes + ",\"classes\":" + classes
                + ",\"threads\":" + threads + "}";
    }

    public static MemorySample parse(String json) {
        return new MemorySample(number(json, "heapBytes"), number(json, "metaspaceBytes"),
                (int) number(json, "classes"), (int) number(json, "threads"));
    }

    private static long number(String json, String field) {
        int at = json.indexOf("\"" + field + "\":") + field.length() + 3;
        int end = at;
        while (end < json.length() && Character.isDigit(json.charAt(end))) {
            end++;
        }
        return Long.parseLong(json.substring(at, end));
    }
}
