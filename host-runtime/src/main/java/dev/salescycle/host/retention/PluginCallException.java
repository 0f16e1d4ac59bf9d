package dev.salescycle.host.retention;

/** A retention plugin's call failed, hung past its budget, or gave no answer. */
final class PluginCallException extends Exception {

    private static final long serialVersionUID = 1L;

    PluginCallException(String message) {
        super(message, null, false, false);
    }
}
