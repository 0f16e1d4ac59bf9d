package dev.salescycle.host.stream;

/** A wake-up call that is kept until the sleeper takes it, so none is lost between two waits. */
final class Wakeup {

    private boolean pending;

    synchronized void signal() {
        pending = true;
        notifyAll();
    }

    /** Waits until signalled or the time is up, and takes the signal; whether there was one. */
    synchronized boolean await(long millis) throws InterruptedException {
        long deadline = System.nanoTime() + millis * 1_000_000;
        long left = millis;
        while (!pending && left > 0) {
            wait(left);
            left = (deadline - System.nanoTime()) / 1_000_000;
        }
        boolean signalled = pending;
        pending = false;
        return signalled;
    }
}
