package dev.salescycle.host.attribution;

import dev.salescycle.host.config.AttributionSettings;
import java.time.Duration;
import java.time.Instant;

/** Whether a touch is still within its window of the shop's {@link AttributionSettings} at a given time. */
public final class Windows {

    /** How far in the future a touch may be dated: the clocks of several hosts differ a little. */
    static final Duration SKEW = Duration.ofMinutes(5);

    private final AttributionSettings settings;

    public Windows(AttributionSettings settings) {
        this.settings = settings;
    }

    public Duration of(TouchKind kind) {
        return switch (kind) {
            case LINE, OFFER -> settings.session();
            case THANK_YOU -> settings.thankYou();
            case MAIL_CLICK -> settings.emailClick();
            case MAIL_OPEN -> settings.emailOpen();
        };
    }

    public boolean allows(Touch touch, Instant at) {
        return !touch.at().isAfter(at.plus(SKEW)) && !touch.at().plus(of(touch.kind())).isBefore(at);
    }
}
