package dev.salescycle.host.config;

import dev.salescycle.host.experiments.assign.Variant;
import dev.salescycle.host.plugins.PluginIds;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * Reads experiments, from a shop's {@code experiments:} list in the config file or from an admin API body,
 * checking all that can be checked without the plugins; the plugins are checked when the shop is bound.
 */
public final class ExperimentReader {

    /** The stages an experiment may split, by label. */
    public static final List<String> STAGES = List.of("lead-capture", "conversion-offer", "upsell", "thank-you-page",
            "retention-offer");

    private static final Set<String> KEYS = Set.of("id", "salt", "stage", "unit", "metric", "guardrails", "autoPromote",
            "revenueCap", "minDuration", "tightestAt", "variants");
    private static final Set<String> VARIANT_KEYS = Set.of("name", "weight", "plugin", "settings");
    private static final Pattern ID = PluginIds.PATTERN;
    private static final Pattern SALT = Pattern.compile("[^:\\p{Cntrl}]{0,64}");
    private static final String NONE = "none";

    private ExperimentReader() {
    }

    /** Reads an admin API body (JSON), naming fields from its top. The shop's plugins give variants their base settings. */
    public static ExperimentConfig fromApi(String json, ShopConfig shop) {
        YamlTree tree = YamlTree.parse("admin API", json);
        PluginRef.Locator locator = (p, m) -> (p.isEmpty() ? "body" : p) + ": " + m;
        return read(new ConfigNode(tree, "", tree.root()), shop.plugins(), shop.hookBudget(), "api", locator);
    }

    /** Reads a shop's {@code experiments:} list. */
    static List<ExperimentConfig> readAll(ConfigNode list, List<PluginRef> plugins, Duration budget, YamlTree tree) {
        List<ExperimentConfig> out = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        Map<String, String> stages = new LinkedHashMap<>();
        for (ConfigNode node : list.list()) {
            ExperimentConfig experiment = read(node, plugins, budget, "config", tree::problem);
            if (!ids.add(experiment.id())) {
                throw node.child("id").problem("experiment '" + experiment.id() + "' is declared twice for this shop");
            }
            String other = stages.putIfAbsent(experiment.stage(), experiment.id());
            if (other != null) {
                throw node.child("stage").problem("experiment '" + other + "' already splits " + experiment.stage()
                        + "; a shop runs at most one experiment per stage");
            }
            out.add(experiment);
        }
        return out;
    }

    private static ExperimentConfig read(ConfigNode node, List<PluginRef> plugins, Duration budget, String origin,
                                         PluginRef.Locator locator) {
        node.map(KEYS);
        String id = required(node.child("id"), "the experiment's id");
        if (!ID.matcher(id).matches()) {
            throw node.child("id").error("lower-case letters, digits, '.', '_' or '-' (at most 64; no ':')");
        }
        String salt = node.child("salt").text("");
        if (!SALT.matcher(salt).matches()) {
            throw node.child("salt").error("text of at most 64 characters without ':' or control characters");
        }
        String stage = required(node.child("stage"), "the stage, one of " + STAGES);
        if (!STAGES.contains(stage)) {
            throw node.child("stage").error("one of " + STAGES);
        }
        ExperimentUnit unit = ExperimentUnit.of(node.child("unit").text(ExperimentUnit.VISITOR.label()));
        if (unit == null) {
            throw node.child("unit").error("visitorId or customer");
        }
        ExperimentMetric metric = ExperimentMetric.of(node.child("metric").text(ExperimentMetric.CONVERSION.label()));
        if (metric == null) {
            throw node.child("metric").error("conversion, revenuePerVisitor, averageOrderValue or clickRate");
        }
        long tightestAt = node.child("tightestAt").longValue(50_000, 100, 1_000_000_000L);
        List<ExperimentVariant> variants = variants(node.child("variants"), plugins, budget, locator);
        return new ExperimentConfig(id, salt, stage, unit, metric, guardrails(node.child("guardrails")),
                node.child("autoPromote").bool(false), cap(node.child("revenueCap")),
                node.child("minDuration").duration(Duration.ofDays(7)), tightestAt, variants, origin, node.path(),
                locator);
    }

    private static List<ExperimentVariant> variants(ConfigNode list, List<PluginRef> plugins, Duration budget,
                                                    PluginRef.Locator locator) {
        if (!(list.raw() instanceof List<?> items) || items.size() < 2) {
            throw list.error("a list of at least 2 variants, each with a name and a weight");
        }
        List<ExperimentVariant> out = new ArrayList<>();
        Set<String> names = new HashSet<>();
        for (ConfigNode node : list.list()) {
            node.map(VARIANT_KEYS);
            String name = required(node.child("name"), "the variant's name");
            if (!ID.matcher(name).matches()) {
                throw node.child("name").error("lower-case letters, digits, '.', '_' or '-' (at most 64)");
            }
            if (!names.add(name)) {
                throw node.child("name").problem("variant '" + name + "' is named twice in this experiment");
            }
            BigDecimal weight = weight(node.child("weight"), name);
            out.add(new ExperimentVariant(name, weight, plugin(node, plugins, budget, locator), node.path()));
        }
        return out;
    }

    private static BigDecimal weight(ConfigNode node, String name) {
        String text = node.text(null);
        if (text == null) {
            throw node.problem("required: the variant's weight, a number greater than 0");
        }
        try {
            return new Variant(name, new BigDecimal(text)).weight();
        } catch (NumberFormatException e) {
            throw node.error("a number greater than 0");
        } catch (IllegalArgumentException e) {
            throw node.error("a number greater than 0, at most 10^18 with at most 18 decimal places");
        }
    }

    private static PluginRef plugin(ConfigNode node, List<PluginRef> plugins, Duration budget,
                                    PluginRef.Locator locator) {
        ConfigNode idNode = node.child("plugin");
        String id = idNode.text(null);
        ConfigNode settingsNode = node.child("settings");
        if (id == null || id.equals(NONE)) {
            if (settingsNode.isPresent()) {
                throw settingsNode.problem("a variant without a plugin (a holdout) has no settings");
            }
            return null;
        }
        if (!ID.matcher(id).matches()) {
            throw idNode.error("a plugin id (lower-case letters, digits, '.', '_' or '-'), or none for a holdout");
        }
        Map<String, Object> settings = new LinkedHashMap<>();
        Duration pluginBudget = budget;
        for (PluginRef ref : plugins) {
            if (ref.id().equals(id)) {
                settings.putAll(ref.settings());
                pluginBudget = ref.budget();
            }
        }
        settings.putAll(settingsNode.map(null));
        return new PluginRef(id, settings, pluginBudget, null, node.path(), locator);
    }

    private static Map<String, Double> guardrails(ConfigNode node) {
        Map<String, Double> out = new LinkedHashMap<>();
        if (node.raw() instanceof List<?>) {
            for (ConfigNode item : node.list()) {
                out.put(guardrail(item, item.text("")), 0.0);
            }
        } else if (node.isPresent()) {
            node.entries().forEach((name, margin) -> {
                guardrail(margin, name);
                out.put(name, margin(margin));
            });
        }
        return out;
    }

    private static String guardrail(ConfigNode node, String name) {
        if (!ExperimentConfig.GUARDRAILS.contains(name)) {
            throw node.problem("unknown guardrail '" + name + "'; expected one of " + new TreeSet<>(ExperimentConfig.GUARDRAILS));
        }
        return name;
    }

    private static double margin(ConfigNode node) {
        try {
            double margin = new BigDecimal(node.text("0")).doubleValue();
            if (margin >= 0 && margin < 1) {
                return margin;
            }
        } catch (NumberFormatException e) {
            // reported below with the expectation
        }
        throw node.error("a margin from 0 to 1 (0.002 is 0.2 percentage points)");
    }

    private static BigDecimal cap(ConfigNode node) {
        String text = node.text(null);
        if (text == null) {
            return null;
        }
        try {
            BigDecimal cap = new BigDecimal(text);
            if (cap.signum() > 0) {
                return cap;
            }
        } catch (NumberFormatException e) {
            // reported below with the expectation
        }
        throw node.error("an amount greater than 0, such as \"2000.00\"");
    }

    private static String required(ConfigNode node, String what) {
        String text = node.text(null);
        if (text == null || text.isBlank()) {
            throw node.problem("required: " + what);
        }
        return text;
    }
}
