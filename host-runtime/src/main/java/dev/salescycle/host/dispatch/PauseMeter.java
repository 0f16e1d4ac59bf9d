package dev.salescycle.host.dispatch;

/**
 * Tells how much of the watchdog's lateness was a pause that stopped every thread alike, which moves deadlines,
 * and how much was this process's own threads taking the cores, which does not: otherwise a plugin that spins
 * on every core would stretch its own deadline and everyone else's.
 */
final class PauseMeter {

    private final ProcessReadings readings;
    private long lastCollectionMillis;
    private long lastCpuNanos;

    PauseMeter() {
        this(ProcessReadings.ofThisJvm());
    }

    PauseMeter(ProcessReadings readings) {
        this.readings = readings;
        this.lastCollectionMillis = readings.collectionMillis();
        this.lastCpuNanos = readings.cpuNanos();
    }

    /**
     * Called on every tick of the watchdog.
     *
     * @param lateNanos how much later than due the watchdog woke
     * @param intervalNanos the time since its last tick
     * @return the part of the lateness that counts as a pause of the whole process
     */
    long pausedNanos(long lateNanos, long intervalNanos) {
        long collection = readings.collectionMillis();
        long cpu = readings.cpuNanos();
        long collectedNanos = (collection - lastCollectionMillis) * 1_000_000L;
        long usedNanos = cpu - lastCpuNanos;
        lastCollectionMillis = collection;
        lastCpuNanos = cpu;
        if (lateNanos <= 0) {
            return 0;
        }
        boolean coresBusyWithOurThreads = cpu >= 0 && usedNanos * 2 >= readings.cores() * intervalNanos;
        return coresBusyWithOurThreads ? Math.min(lateNanos, collectedNanos) : lateNanos;
    }
}
