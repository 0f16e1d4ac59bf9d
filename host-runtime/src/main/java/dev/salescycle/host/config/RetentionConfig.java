package dev.salescycle.host.config;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Set;

/** Reads {@code host.retention} and {@code host.publicUrl}. */
final class RetentionConfig {

    private static final Set<String> KEYS = Set.of("pollInterval", "batchSize", "maxAttempts", "retryDelay",
            "claimTimeout", "unsubscribeSecret", "trackOpensAndClicks");

    private RetentionConfig() {
    }

    static RetentionSettings read(ConfigNode node) {
        node.map(KEYS);
        RetentionSettings d = RetentionSettings.DEFAULTS;
        ConfigNode secretNode = node.child("unsubscribeSecret");
        String secret = secretNode.text(null);
        if (secret != null && secret.length() < 32) {
            throw secretNode.problem("must be at least 32 characters long");
        }
        return new RetentionSettings(node.child("pollInterval").duration(d.pollInterval()),
                node.child("batchSize").integer(d.batchSize(), 1, 1000),
                node.child("maxAttempts").integer(d.maxAttempts(), 1, 100),
                node.child("retryDelay").duration(d.retryDelay()),
                node.child("claimTimeout").duration(d.claimTimeout()), secret,
                node.child("trackOpensAndClicks").bool(d.trackOpensAndClicks()));
    }

    /** The address the host is reached at from outside (for links in mails), or null. */
    static String publicUrl(ConfigNode node) {
        String text = node.text(null);
        if (text == null) {
            return null;
        }
        try {
            URI uri = new URI(text);
            if (("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) && uri.getHost() != null
                    && uri.getQuery() == null && uri.getFragment() == null) {
                return text;
            }
        } catch (URISyntaxException e) {
            // reported below with the expectation
        }
        throw node.error("an http or https URL without query, such as https://shop-api.example.com/");
    }
}
