package dev.salescycle.host.config;

import dev.salescycle.host.plugins.PluginIds;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;

/** Reads the operator's YAML config and checks everything that can be checked without the plugins. */
public final class ConfigLoader {

    private static final Pattern ID = PluginIds.PATTERN;
    private static final Set<String> TOP = Set.of("host", "shops");
    private static final Set<String> HOST = Set.of("port", "pluginsDir", "store", "storeUser", "storePassword",
            "adminToken", "mail", "hookBudget", "requestBudget", "maxBodyBytes", "maxImportBytes", "breaker",
            "maxConcurrentCalls", "unloadGrace", "watchConfig",
            "publicUrl", "retention", "bind", "trustedProxies", "allowPluginUpload", "rateLimits", "http", "leads");
    private static final Set<String> BREAKER = Set.of("window", "minCalls", "failurePercent", "openFor", "halfOpenCalls");
    private static final Set<String> MAIL = Set.of("smtpHost", "smtpPort", "tls", "user", "password", "from");
    private static final Set<String> SHOP = Set.of("currency", "hookBudget", "requestBudget", "plugins", "apiKeys",
            "allowedOrigins", "rateLimits", "attribution", "experiments");
    private static final Set<String> PLUGIN = Set.of("id", "settings", "budget", "sha256");
    private static final Pattern SHA256 = Pattern.compile("[0-9a-fA-F]{64}");

    private final UnaryOperator<String> env;

    public ConfigLoader() {
        this(System::getenv);
    }

    public ConfigLoader(UnaryOperator<String> env) {
        this.env = env;
    }

    public HostConfig load(Path file) {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new ConfigException(file + ": cannot read the config file: " + e.getMessage(), e);
        }
        return parse(file.getFileName().toString(), text);
    }

    public HostConfig parse(String fileName, String text) {
        YamlTree tree = YamlTree.parse(fileName, text, env);
        ConfigNode root = ConfigNode.root(tree);
        root.map(TOP);
        HostSettings host = host(root.child("host"));
        Map<String, ShopConfig> shops = new LinkedHashMap<>();
        ConfigNode shopsNode = root.child("shops");
        if (!shopsNode.isPresent()) {
            throw shopsNode.problem("at least one shop is required");
        }
        shopsNode.map(null);
        shopsNode.entries().forEach((id, node) -> shops.put(id, shop(id, node, host, tree)));
        return new HostConfig(fileName, host, shops);
    }

    private static HostSettings host(ConfigNode node) {
        node.map(HOST);
        ConfigNode mail = node.child("mail");
        String token = node.child("adminToken").text(null);
        if (token != null && token.length() < 12) {
            throw node.child("adminToken").problem("must be at least 12 characters long");
        }
        return new HostSettings(
                node.child("port").integer(8080, 0, 65535),
                node.child("pluginsDir").text("plugins"),
                node.child("store").text(null),
                node.child("storeUser").text(null),
                node.child("storePassword").text(null),
                token,
                mail.isPresent() ? mail(mail) : null,
                node.child("hookBudget").duration(HostSettings.DEFAULT_HOOK_BUDGET),
                node.child("requestBudget").duration(HostSettings.DEFAULT_REQUEST_BUDGET),
                node.child("maxBodyBytes").longValue(256 * 1024, 1024, 64L * 1024 * 1024),
                node.child("maxImportBytes").longValue(512L * 1024 * 1024, 1024, Long.MAX_VALUE),
                breaker(node.child("breaker")),
                node.child("maxConcurrentCalls").integer(HostSettings.DEFAULT_MAX_CONCURRENT_CALLS, 1, 10_000),
                node.child("unloadGrace").duration(Duration.ofSeconds(5)),
                node.child("watchConfig").bool(true), RetentionConfig.publicUrl(node.child("publicUrl")),
                RetentionConfig.read(node.child("retention")), EdgeConfig.host(node));
    }

    private static BreakerSettings breaker(ConfigNode node) {
        node.map(BREAKER);
        BreakerSettings d = BreakerSettings.DEFAULTS;
        int window = node.child("window").integer(d.window(), 1, 10_000);
        return new BreakerSettings(window, node.child("minCalls").integer(Math.min(d.minCalls(), window), 1, window),
                node.child("failurePercent").integer(d.failurePercent(), 1, 100),
                node.child("openFor").duration(d.openFor()), node.child("halfOpenCalls").integer(d.halfOpenCalls(), 1, 1000));
    }

    private static MailSettings mail(ConfigNode node) {
        node.map(MAIL);
        String host = node.child("smtpHost").text(null);
        if (host == null) {
            throw node.child("smtpHost").problem("required when host.mail is set");
        }
        return new MailSettings(host, node.child("smtpPort").integer(25, 1, 65535), node.child("tls").bool(false),
                node.child("user").text(null), node.child("password").text(null),
                node.child("from").text("shop@example.com"));
    }

    private static ShopConfig shop(String id, ConfigNode node, HostSettings host, YamlTree tree) {
        if (!ID.matcher(id).matches()) {
            throw node.problem("shop id must be lower-case letters, digits, '.', '_' or '-' (at most 64)");
        }
        node.map(SHOP);
        ConfigNode currencyNode = node.child("currency");
        String code = currencyNode.text(null);
        if (code == null) {
            throw currencyNode.problem("required: the shop's ISO 4217 currency code, such as EUR");
        }
        Currency currency;
        try {
            currency = Currency.getInstance(code);
        } catch (IllegalArgumentException e) {
            throw currencyNode.error("an ISO 4217 currency code such as EUR");
        }
        Duration budget = node.child("hookBudget").duration(host.hookBudget());
        Duration requestBudget = node.child("requestBudget").duration(host.requestBudget());
        List<PluginRef> plugins = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (ConfigNode entry : node.child("plugins").list()) {
            PluginRef ref = plugin(entry, budget, tree);
            if (!seen.add(ref.id())) {
                throw entry.child("id").problem("plugin '" + ref.id() + "' is listed twice for this shop");
            }
            plugins.add(ref);
        }
        return new ShopConfig(id, currency, budget, requestBudget, plugins, EdgeConfig.shop(node, host.edge()),
                AttributionSettings.read(node.child("attribution")),
                ExperimentReader.readAll(node.child("experiments"), plugins, budget, tree));
    }

    private static PluginRef plugin(ConfigNode entry, Duration shopBudget, YamlTree tree) {
        if (entry.raw() instanceof String id) {
            return new PluginRef(checkedId(entry, id), Map.of(), shopBudget, null, entry.path(), tree::problem);
        }
        entry.map(PLUGIN);
        ConfigNode idNode = entry.child("id");
        String id = idNode.text(null);
        if (id == null) {
            throw idNode.problem("required: the plugin id");
        }
        ConfigNode settings = entry.child("settings");
        ConfigNode digest = entry.child("sha256");
        String sha256 = digest.text(null);
        if (sha256 != null && !SHA256.matcher(sha256).matches()) {
            throw digest.error("64 hexadecimal digits (the SHA-256 of the plugin file)");
        }
        return new PluginRef(checkedId(idNode, id), settings.map(null), entry.child("budget").duration(shopBudget),
                sha256, entry.path(), tree::problem);
    }

    private static String checkedId(ConfigNode node, String id) {
        if (!ID.matcher(id).matches()) {
            throw node.error("a plugin id (lower-case letters, digits, '.', '_' or '-')");
        }
        return id;
    }
}
