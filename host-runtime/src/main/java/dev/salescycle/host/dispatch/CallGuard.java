package dev.salescycle.host.dispatch;

/**
 * Decides when a timed-out plugin call may be interrupted. Interrupting helps a plugin that sleeps or waits
 * to give its thread back, but an interrupt that lands while the plugin is inside a host call (its context
 * reading the store) could close a database file channel for everyone. So host calls mark themselves: an
 * interrupt that arrives during one is delivered when it ends, and one that is already set when it starts (the
 * watchdog's, landed just before, or one the plugin set itself) is cleared for the call and set again after it.
 * The interrupt reaches plugin code only. One guard per thread.
 */
public final class CallGuard {

    private static final ThreadLocal<CallGuard> CURRENT = ThreadLocal.withInitial(CallGuard::new);

    private final Thread thread = Thread.currentThread();
    private boolean inPlugin;
    private int hostDepth;
    private boolean pending;

    /** The calling thread's guard. */
    public static CallGuard current() {
        return CURRENT.get();
    }

    synchronized void enterPlugin() {
        inPlugin = true;
        pending = false;
    }

    /** Leaves the plugin call and clears any interrupt meant for it. */
    void exitPlugin() {
        synchronized (this) {
            inPlugin = false;
            pending = false;
        }
        Thread.interrupted();
    }

    /** Called by the watchdog: interrupts now if safe, or when the current host call ends. */
    synchronized void interrupt() {
        if (!inPlugin) {
            return;
        }
        if (hostDepth == 0) {
            thread.interrupt();
        } else {
            pending = true;
        }
    }

    /**
     * Marks the start of a host call made by plugin code (a context method that touches the store); an interrupt
     * already set is held back until the call ends.
     */
    public synchronized void enterHost() {
        if (hostDepth++ == 0 && Thread.interrupted()) {
            pending = true;
        }
    }

    /** Marks its end; delivers an interrupt that arrived meanwhile or was held back at its start. */
    public synchronized void exitHost() {
        hostDepth--;
        if (hostDepth == 0 && pending) {
            pending = false;
            thread.interrupt();
        }
    }
}
