package dev.salescycle.host.config;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads the host's network settings and each shop's keys, origins and rate limits. */
final class EdgeConfig {

    /** The keys of {@code host:} read here. */
    static final Set<String> HOST_KEYS = Set.of("bind", "trustedProxies", "allowPluginUpload", "rateLimits", "http", "leads");
    /** The keys of a shop read here. */
    static final Set<String> SHOP_KEYS = Set.of("apiKeys", "allowedOrigins", "rateLimits");

    private static final int MIN_KEY_LENGTH = 24;
    private static final Pattern DIGEST = Pattern.compile("sha256:([0-9a-fA-F]{64})");
    private static final Pattern LIMIT = Pattern.compile("(\\d{1,9})\\s*/\\s*(\\d{0,6})\\s*(s|m|min|h)");
    private static final Pattern ADDRESS = Pattern.compile("[0-9A-Fa-f:.]{2,45}");

    private EdgeConfig() {
    }

    static EdgeSettings host(ConfigNode host) {
        EdgeSettings d = EdgeSettings.DEFAULTS;
        ConfigNode http = host.child("http");
        http.map(Set.of("idleTimeout", "headerTimeout", "minRequestDataRate", "maxConnections"));
        ConfigNode leads = host.child("leads");
        leads.map(Set.of("confirmWithin"));
        List<String> proxies = new ArrayList<>();
        for (ConfigNode proxy : host.child("trustedProxies").list()) {
            String address = proxy.text("");
            if (!ADDRESS.matcher(address).matches()) {
                throw proxy.error("an IP address such as 10.0.0.5 (a proxy's address, not a name)");
            }
            proxies.add(address);
        }
        return new EdgeSettings(host.child("bind").text(d.bind()), proxies, host.child("allowPluginUpload").bool(false),
                rateLimits(host.child("rateLimits"), d.rateLimits()),
                http.child("idleTimeout").duration(d.idleTimeout()), http.child("headerTimeout").duration(d.headerTimeout()),
                http.child("minRequestDataRate").longValue(d.minRequestDataRate(), 0, 1L << 30),
                http.child("maxConnections").integer(d.maxConnections(), 1, 1_000_000),
                leads.child("confirmWithin").duration(d.leadConfirmWithin()));
    }

    static ShopAccess shop(ConfigNode shop, EdgeSettings host) {
        List<String> digests = new ArrayList<>();
        for (ConfigNode key : shop.child("apiKeys").list()) {
            digests.add(digest(key));
        }
        List<String> origins = new ArrayList<>();
        for (ConfigNode origin : shop.child("allowedOrigins").list()) {
            origins.add(origin(origin));
        }
        return new ShopAccess(digests, origins, rateLimits(shop.child("rateLimits"), host.rateLimits()));
    }

    private static String digest(ConfigNode node) {
        String key = node.text("");
        Matcher m = DIGEST.matcher(key);
        if (m.matches()) {
            return m.group(1).toLowerCase(Locale.ROOT);
        }
        if (key.length() < MIN_KEY_LENGTH || key.chars().anyMatch(c -> c <= ' ' || c > '~')) {
            throw node.error("an API key of at least " + MIN_KEY_LENGTH + " printable ASCII characters without"
                    + " spaces (such as ${SHOP_API_KEY}), or sha256:<64 hex digits> of one");
        }
        return sha256(key);
    }

    /** The lower-case hex SHA-256 of the text's UTF-8 bytes. */
    static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String origin(ConfigNode node) {
        String text = node.text("");
        try {
            URI uri = new URI(text);
            boolean web = "https".equals(uri.getScheme()) || "http".equals(uri.getScheme());
            if (web && uri.getHost() != null && uri.getRawUserInfo() == null && uri.getRawPath().isEmpty()
                    && uri.getRawQuery() == null && uri.getRawFragment() == null && text.equals(text.toLowerCase(Locale.ROOT))) {
                return text;
            }
        } catch (URISyntaxException e) {
            // reported below with the expectation
        }
        throw node.error("an exact origin such as https://shop.example.com (scheme, host and port if not the"
                + " default; lower case; no path, no wildcard, never null)");
    }

    private static RateLimits rateLimits(ConfigNode node, RateLimits base) {
        node.map(Set.of("enabled", "leads", "browser"));
        ConfigNode leads = node.child("leads");
        ConfigNode browser = node.child("browser");
        leads.map(Set.of("perClient", "perShop"));
        browser.map(Set.of("perClient", "perShop"));
        return new RateLimits(node.child("enabled").bool(base.enabled()),
                limit(leads.child("perClient"), base.leadsPerClient()), limit(leads.child("perShop"), base.leadsPerShop()),
                limit(browser.child("perClient"), base.browserPerClient()),
                limit(browser.child("perShop"), base.browserPerShop()));
    }

    private static RateLimit limit(ConfigNode node, RateLimit fallback) {
        String text = node.text(null);
        if (text == null) {
            return fallback;
        }
        Matcher m = LIMIT.matcher(text.strip());
        Duration unit;
        String amount;
        if (m.matches()) {
            amount = m.group(1);
            long count = m.group(2).isEmpty() ? 1 : Long.parseLong(m.group(2));
            unit = switch (m.group(3)) {
                case "s" -> Duration.ofSeconds(count);
                case "h" -> Duration.ofHours(count);
                default -> Duration.ofMinutes(count);
            };
        } else {
            int slash = text.indexOf('/');
            try {
                amount = slash > 0 ? text.substring(0, slash).strip() : "";
                unit = Duration.parse(text.substring(slash + 1).strip());
            } catch (DateTimeParseException | StringIndexOutOfBoundsException e) {
                throw node.error("requests per period, such as \"300/1m\", \"20/10s\" or \"1000/1h\"");
            }
        }
        if (!amount.matches("\\d{1,9}") || Long.parseLong(amount) < 1 || unit.isZero() || unit.isNegative()
                || unit.compareTo(Duration.ofDays(1)) > 0) {
            throw node.error("requests per period, such as \"300/1m\": at least 1 request, a period of 1s to 1 day");
        }
        return new RateLimit(Long.parseLong(amount), unit);
    }
}
