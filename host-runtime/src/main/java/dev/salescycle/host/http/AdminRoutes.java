package dev.salescycle.host.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.salescycle.host.access.Audience;
import dev.salescycle.host.access.RateClass;
import dev.salescycle.host.dispatch.BoundHook;
import dev.salescycle.host.dispatch.ShopRuntime;
import dev.salescycle.host.domain.NotFoundException;
import dev.salescycle.host.experiments.live.ExperimentAdmin;
import dev.salescycle.host.lifecycle.HostState;
import dev.salescycle.host.lifecycle.PluginLifecycle;
import dev.salescycle.host.mail.SentMail;
import dev.salescycle.host.config.PluginRef;
import dev.salescycle.host.plugins.LoadedPlugin;
import dev.salescycle.host.plugins.PluginDigest;
import dev.salescycle.host.retention.Retention;
import dev.salescycle.host.service.FunnelReport;
import dev.salescycle.host.service.MessageReport;
import dev.salescycle.host.dispatch.RunningShops;
import dev.salescycle.sdk.settings.SettingSpec;
import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The admin API under {@code /admin}: plugins with their PF4J state, settings schema and each shop's hook counts
 * and breakers, and per shop each hook's health.
 */
public final class AdminRoutes {

    private static final String ADMIN = "admin/";

    /**
     * What the admin routes call.
     *
     * @param state the config and plugins in force
     * @param lifecycle live changes of plugins and shops
     * @param shops the shops' runtimes
     * @param funnel the shops' funnel counts
     * @param retention the mail sender and its outbox
     * @param experiments the shops' experiments
     */
    public record Services(HostState state, PluginLifecycle lifecycle, RunningShops shops, FunnelReport funnel, Retention retention,
                           ExperimentAdmin experiments, MessageReport messages) {
    }

    private final Services api;
    private final BodyLimits limits;
    private final boolean uploads;
    private final Clock clock;

    /** @param uploads whether plugin code may be uploaded ({@code host.allowPluginUpload}) */
    public AdminRoutes(Services services, BodyLimits limits, boolean uploads, Clock clock) {
        this.api = services;
        this.limits = limits;
        this.uploads = uploads;
        this.clock = clock;
    }

    void register(RouteTable table) {
        new ExperimentRoutes(api.experiments(), limits).register(table);
        table.add(route("GET", "plugins", x -> Answers.json(x.response(), 200, plugins())))
                .add(route("POST", "plugins", x -> Answers.json(x.response(), 201, installed(api.lifecycle()
                        .install(x.query().get("file"), upload(x))))))
                .add(route("GET", "plugins/{id}", x -> Answers.json(x.response(), 200, plugin(api.state().plugins()
                        .find(x.param("id")).orElseThrow(() -> new NotFoundException("unknown_plugin", "no plugin '"
                                + x.param("id") + "' is loaded", null))))))
                .add(route("PUT", "plugins/{id}", x -> Answers.json(x.response(), 200,
                        plugin(api.lifecycle().update(x.param("id"), x.query().get("file"), upload(x))))))
                .add(route("DELETE", "plugins/{id}", x -> Answers.json(x.response(), 200, Views.object()
                        .put("unloaded", x.param("id")).set("removedFromShops",
                                Json.MAPPER.valueToTree(api.lifecycle().unload(x.param("id")))))))
                .add(route("GET", "shops", x -> Answers.json(x.response(), 200, shops())))
                .add(route("GET", "shops/{shop}/funnel", x -> Answers.json(x.response(), 200,
                        funnel(x.param("shop"), FunnelWindow.of(x.query(), clock.instant())))))
                .add(route("GET", "shops/{shop}/messages", x -> Answers.json(x.response(), 200, messages(x.param("shop")))))
                .add(route("GET", "shops/{shop}/plugins/{id}", x -> Answers.json(x.response(), 200,
                        shopPlugin(x.param("shop"), x.param("id")))))
                .add(new Route("PUT", ADMIN + "shops/{shop}/plugins/{id}", Audience.OPERATOR, RateClass.NONE, true, this::enable))
                .add(route("DELETE", "shops/{shop}/plugins/{id}", x -> {
                    api.lifecycle().disable(x.param("shop"), x.param("id"));
                    Answers.json(x.response(), 200, shops());
                }))
                .add(route("GET", "outbox", x -> Answers.json(x.response(), 200, outbox())))
                .add(route("GET", "config", x -> Answers.json(x.response(), 200, Views.object()
                        .put("source", api.state().config().source()).put("lastRefusal", api.state().lastRefusal())
                        .put("allowPluginUpload", uploads)
                        .<ObjectNode>set("needsRestart", Json.MAPPER.valueToTree(api.state().needsRestart()))
                        .set("promotions", promotions()))));
    }

    private static Route route(String method, String path, Route.Handler handler) {
        return new Route(method, ADMIN + path, Audience.OPERATOR, RateClass.NONE, false, handler);
    }

    private void enable(Exchange x) throws IOException {
        String shop = x.param("shop");
        String id = x.param("id");
        byte[] raw = Bodies.read(x.request(), limits.body());
        JsonNode body = raw.length == 0 ? Views.object() : Fields.object(Bodies.json(raw), "");
        PluginRef ref = AdminPluginRefs.read(shop, id, body, api.state().config());
        api.state().plugins().find(id).ifPresent(plugin -> SettingsCheck.check(plugin, ref, api.state().config().shops().get(shop).currency()));
        api.lifecycle().enable(shop, ref,
                body.hasNonNull("position") ? Fields.positiveInt(body, "position", "position", 1000) - 1 : null);
        Answers.json(x.response(), 200, shops());
    }

    /** The installed plugin, with the SHA-256 of its file to compare before enabling it. */
    private ObjectNode installed(LoadedPlugin plugin) {
        ObjectNode node = plugin(plugin);
        api.state().plugins().handle(plugin.id()).ifPresent(h -> node.put("sha256", PluginDigest.sha256(h.file())));
        return node;
    }

    /**
     * A plugin as one shop runs it: its place in the shop's list (1 is first), budget, the settings as configured
     * (not the defaults filled in), the schema they follow, the order constraints it declares, and its hooks.
     */
    private ObjectNode shopPlugin(String shopId, String pluginId) {
        ShopRuntime shop = api.shops().require(shopId);
        List<PluginRef> refs = shop.config().plugins();
        int index = -1;
        for (int i = 0; i < refs.size(); i++) {
            if (refs.get(i).id().equals(pluginId)) {
                index = i;
            }
        }
        if (index < 0) {
            throw new NotFoundException("not_enabled", "plugin '" + pluginId + "' is not enabled for shop " + shopId, null);
        }
        PluginRef ref = refs.get(index);
        ObjectNode node = Views.object().put("shop", shopId).put("id", pluginId).put("position", index + 1)
                .put("budget", ref.budget().toMillis() + "ms");
        node.set("settings", Json.MAPPER.valueToTree(ref.settings()));
        LoadedPlugin plugin = api.state().plugins().find(pluginId).orElse(null);
        ArrayNode schema = node.putArray("schema");
        java.util.Set<String> before = new java.util.TreeSet<>();
        java.util.Set<String> after = new java.util.TreeSet<>();
        if (plugin != null) {
            node.put("version", plugin.version()).put("description", plugin.description());
            Map<String, SettingSpec> specs = new LinkedHashMap<>();
            plugin.hooks().forEach(h -> {
                h.settingSpecs().forEach(s -> specs.putIfAbsent(s.name(), s));
                before.addAll(h.runsBefore());
                after.addAll(h.runsAfter());
            });
            specs.values().forEach(s -> schema.add(setting(s)));
        }
        node.set("runsBefore", Json.MAPPER.valueToTree(before));
        node.set("runsAfter", Json.MAPPER.valueToTree(after));
        ArrayNode hooks = node.putArray("hooks");
        shop.allHooks().stream().filter(h -> h.pluginId().equals(pluginId)).forEach(h -> HookView.write(hooks.addObject(), h));
        return node;
    }

    private ObjectNode messages(String shopId) {
        ObjectNode out = Views.object().put("shop", shopId);
        ObjectNode counts = out.putObject("counts");
        api.messages().counts(shopId).forEach((status, n) -> counts.put(status.name().toLowerCase(java.util.Locale.ROOT), n));
        ArrayNode scheduled = out.putArray("scheduled");
        api.messages().scheduled(shopId).forEach(m -> scheduled.add(Views.message(m)));
        return out.put("listedAtMost", MessageReport.MAX_LISTED);
    }

    private ObjectNode outbox() {
        ArrayNode out = Json.MAPPER.createArrayNode();
        for (SentMail sent : api.retention().outbox().recent()) {
            ObjectNode mail = out.addObject().put("at", sent.at().toString()).put("shop", sent.shopId())
                    .put("messageId", sent.messageId()).put("to", sent.mail().to())
                    .put("subject", sent.mail().subject()).put("text", sent.mail().text())
                    .put("html", sent.mail().html());
            mail.set("headers", Json.MAPPER.valueToTree(sent.mail().headers()));
        }
        return Views.object().put("sender", api.retention().sender().describe()).set("mails", out);
    }

    /**
     * The uploaded plugin file, or null when the request has no body (the file is already in the folder). The
     * body is the file whatever its content type, so that curl's default (a form type) works too.
     */
    private InputStream upload(Exchange x) throws IOException {
        var request = x.request();
        if (request.getContentLengthLong() <= 0 && request.getHeader("Transfer-Encoding") == null) {
            return null; // no body (curl -X POST sends no Content-Length): the file is already in the folder
        }
        if (!uploads) {
            Bodies.dropRest(request.getInputStream());
            throw new RequestException(403, "upload_disabled", "installing plugin code over HTTP is off: copy the"
                    + " file into the plugins folder and name it with ?file=, or set host.allowPluginUpload: true", "file");
        }
        if (request.getContentLengthLong() > limits.imports()) {
            throw Bodies.tooLarge(limits.imports());
        }
        return new LimitedInputStream(request.getInputStream(), limits.imports());
    }

    private ArrayNode plugins() {
        ArrayNode out = Json.MAPPER.createArrayNode();
        api.state().plugins().all().values().forEach(plugin -> out.add(plugin(plugin)));
        api.state().plugins().problems().forEach(p -> out.addObject().put("id", p.source()).put("state", "FAILED")
                .put("reason", p.reason()));
        return out;
    }

    private ObjectNode plugin(LoadedPlugin plugin) {
        ObjectNode node = Views.object().put("id", plugin.id()).put("version", plugin.version())
                .put("description", plugin.description()).put("state", api.state().plugins().state(plugin.id()));
        ArrayNode hooks = node.putArray("hooks");
        plugin.hooks().forEach(h -> java.util.Arrays.stream(dev.salescycle.host.dispatch.HookKind.values())
                .filter(k -> k.type().isInstance(h)).forEach(k -> hooks.add(k.label())));
        java.util.Set<String> before = new java.util.TreeSet<>();
        java.util.Set<String> after = new java.util.TreeSet<>();
        plugin.hooks().forEach(h -> {
            before.addAll(h.runsBefore());
            after.addAll(h.runsAfter());
        });
        node.set("runsBefore", Json.MAPPER.valueToTree(before));
        node.set("runsAfter", Json.MAPPER.valueToTree(after));
        ArrayNode schema = node.putArray("settings");
        Map<String, SettingSpec> specs = new LinkedHashMap<>();
        plugin.hooks().forEach(h -> h.settingSpecs().forEach(s -> specs.putIfAbsent(s.name(), s)));
        specs.values().forEach(s -> schema.add(setting(s)));
        ArrayNode shops = node.putArray("shops");
        ArrayNode counts = node.putArray("hookCounts");
        for (ShopRuntime shop : api.shops().all().values()) {
            if (shop.contexts().containsKey(plugin.id())) {
                shops.add(shop.id());
                shop.allHooks().stream().filter(h -> h.pluginId().equals(plugin.id()))
                        .forEach(h -> HookView.write(counts.addObject().put("shop", shop.id()), h));
            }
        }
        return node;
    }

    private static ObjectNode setting(SettingSpec spec) {
        ObjectNode node = Views.object().put("name", spec.name()).put("type", spec.type().name())
                .put("default", spec.defaultValue()).put("required", spec.required()).put("help", spec.help());
        node.put("min", spec.min()).put("max", spec.max());
        node.set("allowedValues", Json.MAPPER.valueToTree(spec.allowedValues()));
        return node;
    }

    /**
     * The shop's funnel over the window: counts of each event type, in total and for each plugin that
     * contributed, and the funnel in money (see {@link FunnelView}), recomputed from what is stored.
     */
    private ObjectNode funnel(String shopId, FunnelWindow window) {
        api.shops().require(shopId);
        java.time.Instant from = window.from();
        java.time.Instant to = window.to();
        java.time.Instant end = window.end();
        ObjectNode out = Views.object().put("shop", shopId).put("from", from.toString()).put("to", to.toString())
                .put("currency", api.shops().require(shopId).config().currency().getCurrencyCode());
        ObjectNode counts = out.putObject("counts");
        api.funnel().counts(shopId, from, end)
                .forEach((type, count) -> counts.put(type.name().toLowerCase(java.util.Locale.ROOT), count));
        ObjectNode byPlugin = out.putObject("byPlugin");
        api.funnel().countsByPlugin(shopId, from, end).forEach((plugin, types) -> {
            ObjectNode node = byPlugin.putObject(plugin);
            types.forEach((type, count) -> node.put(type.name().toLowerCase(java.util.Locale.ROOT), count));
        });
        FunnelView.write(out, api.funnel().money(shopId, from, end));
        return out;
    }

    /** The variants promoted by experiments, which the shops run instead of their configured plugins at a stage. */
    private ArrayNode promotions() {
        ArrayNode out = Json.MAPPER.createArrayNode();
        for (ShopRuntime shop : api.shops().all().values()) {
            for (var experiment : shop.experiments()) {
                int arm = experiment.promotedArm();
                if (arm >= 0) {
                    var variant = experiment.config().variants().get(arm);
                    ObjectNode node = out.addObject().put("shop", shop.id()).put("experiment", experiment.config().id())
                            .put("stage", experiment.config().stage()).put("variant", variant.name())
                            .put("plugin", variant.plugin() == null ? null : variant.plugin().id());
                    node.set("settings", variant.plugin() == null ? null : Json.MAPPER.valueToTree(variant.plugin().settings()));
                    node.set("hooks", Json.MAPPER.valueToTree(experiment.hooks(arm).stream().map(BoundHook::pluginId).toList()));
                }
            }
        }
        return out;
    }

    private ArrayNode shops() {
        ArrayNode out = Json.MAPPER.createArrayNode();
        for (ShopRuntime shop : api.shops().all().values()) {
            ObjectNode node = out.addObject().put("id", shop.id()).put("currency", shop.config().currency().getCurrencyCode());
            node.set("plugins", Json.MAPPER.valueToTree(shop.contexts().keySet()));
            ArrayNode experiments = node.putArray("experiments");
            for (var experiment : shop.experiments()) {
                var now = experiment.state().state();
                experiments.addObject().put("id", experiment.config().id()).put("stage", experiment.config().stage())
                        .put("phase", now.phase().name()).put("promoted", now.promoted());
            }
            ArrayNode hooks = node.putArray("hooks");
            for (BoundHook hook : shop.allHooks()) {
                HookView.write(hooks.addObject().put("plugin", hook.pluginId()), hook);
            }
        }
        return out;
    }
}
