package dev.salescycle.host.context;

import dev.salescycle.host.dispatch.CallGuard;
import java.util.function.Supplier;

/** Runs a context method that touches the store as a host call, so no time-out interrupt lands inside it. */
final class HostCalls {

    private HostCalls() {
    }

    static <T> T guarded(Supplier<T> work) {
        CallGuard guard = CallGuard.current();
        guard.enterHost();
        try {
            return work.get();
        } finally {
            guard.exitHost();
        }
    }

    static void guarded(Runnable work) {
        guarded(() -> {
            work.run();
            return null;
        });
    }
}
