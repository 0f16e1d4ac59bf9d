package dev.salescycle.demo;

import dev.salescycle.host.config.ConfigException;

import java.net.BindException;
import java.util.LinkedHashSet;
import java.util.Set;

/** Turns what the host throws at start-up into one line an operator can act on. */
final class StartupFailures {

    private StartupFailures() {
    }

    /**
     * @param failure what the host threw
     * @param port    the port the host tried to listen on
     * @return the message to print, without a stack trace
     */
    static String describe(Throwable failure, int port) {
        if (find(failure, BindException.class) != null) {
            return "Port " + port + " is already in use. Stop what runs there, or pass --port N "
                    + "(--port 0 picks a free port).";
        }
        ConfigException config = find(failure, ConfigException.class);
        if (config != null) {
            return "Config error: " + config.getMessage();
        }
        return "Cannot start the host: " + messages(failure);
    }

    private static <T extends Throwable> T find(Throwable failure, Class<T> type) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (type.isInstance(t)) {
                return type.cast(t);
            }
        }
        return null;
    }

    private static String messages(Throwable failure) {
        Set<String> parts = new LinkedHashSet<>();
        for (Throwable t = failure; t != null && parts.size() < 5; t = t.getCause() == t ? null : t.getCause()) {
            parts.add(t.getMessage() != null ? t.getMessage() : t.getClass().getSimpleName());
        }
        return String.join(": ", parts);
    }
}
