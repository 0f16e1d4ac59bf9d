package dev.salescycle.host.access;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;

/**
 * The console's sessions: after sign-in with the admin token, a signed cookie ({@code HttpOnly},
 * {@code SameSite=Strict}, {@code Secure} over TLS) stands for the operator. It ends after {@code idle} without a
 * request, {@code absolute} after sign-in, at sign-out (a revocation every host sharing the store sees), and when
 * the admin token changes (the signing key is bound to it). A change also needs the session's CSRF token in
 * {@value #CSRF_HEADER}, and a browser that names another origin is refused.
 */
public final class ConsoleSessions {

    public static final String COOKIE = "sc_session";
    public static final String CSRF_HEADER = "X-CSRF-Token";
    /**
     * The request attribute naming where the host is mounted ({@code ""} at the root, {@code /sales} under
     * {@code /sales/*}): the cookie is scoped to it, so the pages of an application around the host never get it.
     */
    public static final String MOUNT = "dev.salescycle.mount";
    public static final Duration IDLE = Duration.ofMinutes(30);
    public static final Duration ABSOLUTE = Duration.ofHours(12);
    /** A cookie is re-issued with a new last-seen time at most this often. */
    private static final long REFRESH_SECONDS = 60;

    /** A session just opened: the cookie to set and the CSRF token the page sends with changes. */
    public record Opened(String setCookie, String csrf, Instant expires) {
    }

    /** A request's session: its CSRF token and when it ends at the latest. */
    public record Current(String id, String csrf, Instant expires) {
    }

    private final byte[] key;
    private final SessionRevocations revocations;
    private final Clock clock;
    private final Duration idle;
    private final Duration absolute;
    private final SecureRandom random = new SecureRandom();

    /** @param key the signing key, or null when the admin API (and so the console) is off */
    public ConsoleSessions(byte[] key, SessionRevocations revocations, Clock clock, Duration idle, Duration absolute) {
        this.key = key == null ? null : key.clone();
        this.revocations = revocations;
        this.clock = clock;
        this.idle = idle;
        this.absolute = absolute;
    }

    /** Sessions that never admit anyone: the console is off. */
    public static ConsoleSessions off() {
        return new ConsoleSessions(null, SessionRevocations.NONE, Clock.systemUTC(), IDLE, ABSOLUTE);
    }

    boolean enabled() {
        return key != null;
    }

    Opened open(HttpServletRequest request) {
        byte[] id = new byte[16];
        random.nextBytes(id);
        long now = clock.instant().getEpochSecond();
        SessionCookie session = new SessionCookie(Base64.getUrlEncoder().withoutPadding().encodeToString(id), now, now);
        return new Opened(cookie(session, request), session.csrf(key), Instant.ofEpochSecond(now).plus(absolute));
    }

    /** The value of the request's session cookie, or null when it sent none. */
    public static String presented(HttpServletRequest request) {
        Cookie[] cookies = request.getCookies();
        if (cookies != null) {
            for (Cookie c : cookies) {
                if (COOKIE.equals(c.getName())) {
                    return c.getValue();
                }
            }
        }
        return null;
    }

    /**
     * The request's valid session, refreshing its cookie now and then, or an {@link AccessException}: 401 (and the
     * cookie cleared) for a forged, expired or signed-out session, 403 for a change without the CSRF token or from
     * another origin.
     */
    Current admit(String value, HttpServletRequest request, HttpServletResponse response) {
        SessionCookie session = key == null ? null : SessionCookie.decode(value, key);
        if (session == null) {
            throw ended(request, "the session cookie is not valid; sign in again");
        }
        long now = clock.instant().getEpochSecond();
        if (now - session.lastSeen() >= idle.toSeconds() || now - session.issued() >= absolute.toSeconds()
                || session.issued() > now + 60) {
            throw ended(request, "the session has expired; sign in again");
        }
        if (revocations.revoked(session.id())) {
            throw ended(request, "the session was signed out; sign in again");
        }
        if (!safe(request.getMethod())) {
            requireSameOrigin(request);
            String csrf = request.getHeader(CSRF_HEADER);
            if (csrf == null || !MessageDigest.isEqual(csrf.getBytes(StandardCharsets.UTF_8),
                    session.csrf(key).getBytes(StandardCharsets.UTF_8))) {
                throw new AccessException(403, "csrf_refused", "a change made with the console's session needs its"
                        + " token in the header " + CSRF_HEADER, Map.of());
            }
        }
        if (now - session.lastSeen() >= REFRESH_SECONDS) {
            response.addHeader("Set-Cookie", cookie(new SessionCookie(session.id(), session.issued(), now), request));
        }
        return new Current(session.id(), session.csrf(key), Instant.ofEpochSecond(session.issued()).plus(absolute));
    }

    /** Signs the session out on every host and clears its cookie. */
    void close(Current session, HttpServletRequest request, HttpServletResponse response) {
        revocations.revoke(session.id(), session.expires().getEpochSecond());
        response.addHeader("Set-Cookie", cleared(request));
    }

    /** Refuses a browser request that says it comes from another site (Origin, Sec-Fetch-Site). */
    static void requireSameOrigin(HttpServletRequest request) {
        String origin = request.getHeader("Origin");
        String site = request.getHeader("Sec-Fetch-Site");
        if ((origin != null && !Gatekeeper.sameOrigin(origin, request))
                || (site != null && !site.equals("same-origin") && !site.equals("none"))) {
            throw new AccessException(403, "cross_origin_refused", "the console's session is only honoured from the"
                    + " console's own origin", Map.of());
        }
    }

    private static boolean safe(String method) {
        return method.equals("GET") || method.equals("HEAD");
    }

    private AccessException ended(HttpServletRequest request, String message) {
        return new AccessException(401, "session_ended", message, Map.of("Set-Cookie", cleared(request)));
    }

    private String cookie(SessionCookie session, HttpServletRequest request) {
        long left = session.issued() + absolute.toSeconds() - clock.instant().getEpochSecond();
        return COOKIE + "=" + session.encode(key) + "; Path=" + path(request) + "; Max-Age=" + Math.max(0, left)
                + "; HttpOnly; SameSite=Strict" + (request.isSecure() ? "; Secure" : "");
    }

    private static String cleared(HttpServletRequest request) {
        return COOKIE + "=; Path=" + path(request) + "; Max-Age=0; HttpOnly; SameSite=Strict" + (request.isSecure() ? "; Secure" : "");
    }

    private static String path(HttpServletRequest request) {
        return request.getAttribute(MOUNT) instanceof String mount ? mount + "/" : "/";
    }
}
