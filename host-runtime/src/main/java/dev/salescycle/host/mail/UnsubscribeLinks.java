package dev.salescycle.host.mail;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * Makes the unsubscribe links put in mails: {@code <base>api/v1/unsubscribe?token=...}. The base is
 * {@code host.publicUrl} when configured, else the address the host's own server listens on.
 */
public final class UnsubscribeLinks {

    /** The path of the unsubscribe endpoint, relative to the base. */
    public static final String PATH = "api/v1/unsubscribe";

    private final UnsubscribeTokens tokens;
    private final boolean configured;
    private volatile URI base;

    /**
     * @param base where the host is reached from outside
     * @param configured whether the base was configured (and so is not replaced by the listening address)
     */
    public UnsubscribeLinks(UnsubscribeTokens tokens, URI base, boolean configured) {
        this.tokens = Objects.requireNonNull(tokens);
        this.base = withSlash(Objects.requireNonNull(base));
        this.configured = configured;
    }

    /** Uses the listening address as the base, unless a public URL was configured. */
    public void listeningAt(URI uri) {
        if (!configured) {
            base = withSlash(uri);
        }
    }

    /** The link that unsubscribes the address from the shop's marketing. */
    public String link(String shopId, String email) {
        return base + PATH + "?token=" + URLEncoder.encode(tokens.sign(shopId, email), StandardCharsets.UTF_8);
    }

    public UnsubscribeTokens tokens() {
        return tokens;
    }

    private static URI withSlash(URI uri) {
        String text = uri.toString();
        return text.endsWith("/") ? uri : URI.create(text + "/");
    }
}
