package dev.salescycle.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** What a figure was taken on, and how busy the machine was: every report starts with it. */
public final class Machine {

    private Machine() {
    }

    /** Cores, memory and JDK, e.g. {@code 2 cores, 23.4 GiB, OpenJDK 17.0.15}. */
    public static String describe() {
        long memory = ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory
                .getOperatingSystemMXBean()).getTotalMemorySize();
        return Runtime.getRuntime().availableProcessors() + " cores, "
                + String.format(java.util.Locale.ROOT, "%.1f GiB", memory / (1024.0 * 1024 * 1024)) + ", "
                + System.getProperty("java.vm.name") + " " + System.getProperty("java.runtime.version");
    }

    /** The 1, 5 and 15 minute load averages, as {@code uptime} prints them; other engineers' builds show here. */
    public static String load() {
        try {
            String[] parts = Files.readString(Path.of("/proc/loadavg")).trim().split("\\s+");
            return parts[0] + ", " + parts[1] + ", " + parts[2];
        } catch (IOException e) {
            return String.format(java.util.Locale.ROOT, "%.2f",
                    java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        }
    }
}
