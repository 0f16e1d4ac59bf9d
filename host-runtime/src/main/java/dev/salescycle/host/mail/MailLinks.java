package dev.salescycle.host.mail;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * Makes the links put in mails: unsubscribe ({@code <base>api/v1/unsubscribe?token=...}), the open pixel
 * ({@code <base>api/v1/track/open?token=...}) and click-tracked links ({@code <base>api/v1/track/click?token=...}).
 * The base is {@code host.publicUrl} when configured, else the address the host's own server listens on.
 */
public final class MailLinks {

    /** The path of the unsubscribe endpoint, relative to the base. */
    public static final String UNSUBSCRIBE_PATH = "api/v1/unsubscribe";
    /** The path of the open pixel, relative to the base. */
    public static final String OPEN_PATH = "api/v1/track/open";
    /** The path of the click redirect, relative to the base. */
    public static final String CLICK_PATH = "api/v1/track/click";
    /** The path of the page showing an address's marketing preferences at a shop, relative to the base. */
    public static final String PREFERENCES_PATH = "api/v1/preferences";
    /** The path of the page confirming a lead's marketing consent, relative to the base. */
    public static final String CONFIRM_PATH = "api/v1/consent/confirm";

    private final UnsubscribeTokens unsubscribeTokens;
    private final TrackingTokens trackingTokens;
    private final boolean configured;
    private volatile URI base;

    /**
     * @param base where the host is reached from outside
     * @param configured whether the base was configured (and so is not replaced by the listening address)
     */
    public MailLinks(UnsubscribeTokens unsubscribeTokens, TrackingTokens trackingTokens, URI base, boolean configured) {
        this.unsubscribeTokens = Objects.requireNonNull(unsubscribeTokens);
        this.trackingTokens = Objects.requireNonNull(trackingTokens);
        this.base = withSlash(Objects.requireNonNull(base));
        this.configured = configured;
    }

    /** Uses the listening address as the base, unless a public URL was configured. */
    public void listeningAt(URI uri) {
        if (!configured) {
            base = withSlash(uri);
        }
    }

    /** Whether the base was configured ({@code host.publicUrl}) rather than taken from the listening address. */
    public boolean configured() {
        return configured;
    }

    /** The link that unsubscribes the address from the shop's marketing. */
    public String unsubscribe(String shopId, String email) {
        return link(UNSUBSCRIBE_PATH, unsubscribeTokens.sign(shopId, email));
    }

    /**
     * The link to the address's preference page at the shop. It carries an unsubscribe token: the page shows the
     * consent and offers the unsubscribe button, the authority an unsubscribe link already gives its holder.
     */
    public String preferences(String shopId, String email) {
        return link(PREFERENCES_PATH, unsubscribeTokens.sign(shopId, email));
    }

    /** The address of the pixel that records the message's mail as opened. */
    public String open(String shopId, long messageId, String pluginId) {
        return link(OPEN_PATH, trackingTokens.signOpen(shopId, messageId, pluginId));
    }

    /** A link that records the click and redirects to the URL. */
    public String click(String shopId, long messageId, String pluginId, String url) {
        return link(CLICK_PATH, trackingTokens.signClick(shopId, messageId, pluginId, url));
    }

    /** The link to the page that confirms a lead's marketing consent. */
    public String confirm(String consentToken) {
        return link(CONFIRM_PATH, consentToken);
    }

    public UnsubscribeTokens unsubscribeTokens() {
        return unsubscribeTokens;
    }

    public TrackingTokens trackingTokens() {
        return trackingTokens;
    }

    private String link(String path, String token) {
        return base + path + "?token=" + URLEncoder.encode(token, StandardCharsets.UTF_8);
    }

    private static URI withSlash(URI uri) {
        String text = uri.toString();
        return text.endsWith("/") ? uri : URI.create(text + "/");
    }
}
