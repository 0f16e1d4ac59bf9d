package dev.salescycle.host.config;

import java.time.Duration;

/**
 * When the host stops calling a failing hook for a while ({@code host.breaker} in the config).
 *
 * @param window how many recent calls are counted
 * @param minCalls how many calls the window needs before it can open the breaker
 * @param failurePercent the share of failed calls (errors, time-outs, bad answers) that opens it
 * @param openFor how long an open breaker keeps the hook out
 * @param halfOpenCalls how many trial calls decide whether it closes again
 */
public record BreakerSettings(int window, int minCalls, int failurePercent, Duration openFor, int halfOpenCalls) {

    /** 50% of the last 100 calls (at least 20) failed: out for 60 s, then 5 trial calls. */
    public static final BreakerSettings DEFAULTS = new BreakerSettings(100, 20, 50, Duration.ofSeconds(60), 5);
}
