package dev.salescycle.demo.sample;

/** A call to the host's HTTP API failed; the message says which call and what came back. */
public final class DemoApiException extends RuntimeException {

    /** @param message which call failed and how */
    public DemoApiException(String message) {
        super(message);
    }
}
