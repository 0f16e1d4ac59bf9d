package dev.salescycle.demo;

/** The demo server cannot start; the message tells the operator what to change. */
public final class DemoStartupException extends Exception {

    /** @param message what went wrong and what to do about it */
    public DemoStartupException(String message) {
        super(message);
    }
}
