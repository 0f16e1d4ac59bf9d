package dev.salescycle.testkit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolutionException;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * The JUnit 5 extension behind {@link WithSalesCycleHost}: one {@link RunningHost} per test class, started before
 * its first test and stopped after its last, whose {@link HostClient} and {@link RunningHost} test methods may take
 * as parameters. Register it as a static field to give the shops in Java:
 *
 * <pre>{@code
 * @RegisterExtension
 * static final SalesCycleHostExtension HOST = SalesCycleHostExtension.withShops(
 *         TestShop.named("gifts").plugin("gift-wrap", Map.of("price", "3.00")),
 *         TestShop.named("tea").currency("GBP").plugin("gift-wrap"));
 * }</pre>
 *
 * @since 1.1.0
 */
public final class SalesCycleHostExtension implements BeforeAllCallback, AfterAllCallback, ParameterResolver {

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(SalesCycleHostExtension.class);

    private final List<TestShop> shops;
    private final List<Path> plugins;
    private final Clock clock;
    private final Path classes;
    private final String pluginId;

    /** The extension as {@link WithSalesCycleHost} configures it. */
    public SalesCycleHostExtension() {
        this(List.of(), List.of(), Clock.systemUTC(), null, null);
    }

    private SalesCycleHostExtension(List<TestShop> shops, List<Path> plugins, Clock clock, Path classes,
                                    String pluginId) {
        this.shops = List.copyOf(shops);
        this.plugins = List.copyOf(plugins);
        this.clock = clock;
        this.classes = classes;
        this.pluginId = pluginId;
    }

    /** A host with these shops and the plugin of this build from its compiled classes. */
    public static SalesCycleHostExtension withShops(TestShop... shops) {
        return new SalesCycleHostExtension(Arrays.asList(shops), List.of(), Clock.systemUTC(), null, null);
    }

    /** A copy that also loads a packaged plugin (another plugin the shops enable). */
    public SalesCycleHostExtension plugin(Path jarOrZip) {
        List<Path> more = new ArrayList<>(plugins);
        more.add(jarOrZip);
        return new SalesCycleHostExtension(shops, more, clock, classes, pluginId);
    }

    /**
     * A copy that makes the plugin with this id from another folder of compiled classes than {@code target/classes}
     * (one holding {@code META-INF/extensions.idx}).
     */
    public SalesCycleHostExtension compiledPlugin(String id, Path compiledClasses) {
        return new SalesCycleHostExtension(shops, plugins, clock, compiledClasses, id);
    }

    /** A copy whose host reads this clock. */
    public SalesCycleHostExtension clock(Clock fixed) {
        return new SalesCycleHostExtension(shops, plugins, fixed, classes, pluginId);
    }

    @Override
    public void beforeAll(ExtensionContext context) throws IOException {
        WithSalesCycleHost annotation = context.getRequiredTestClass().getAnnotation(WithSalesCycleHost.class);
        String id = pluginId != null ? pluginId
                : annotation == null || annotation.plugin().isBlank() ? CompiledPlugin.id() : annotation.plugin();
        Path root = Files.createTempDirectory("salescycle-test-host-");
        RunningHost.Builder builder = RunningHost.builder(root)
                .pluginFromClasses(id, classes != null ? classes : CompiledPlugin.classes()).clock(clock);
        plugins.forEach(builder::plugin);
        if (!shops.isEmpty()) {
            shops.forEach(builder::shop);
        } else if (annotation != null && !annotation.config().isBlank()) {
            builder.config(resource(context, annotation.config()));
        } else {
            builder.shop(annotation == null ? TestShop.named("test-shop").plugin(id)
                    : TestShop.named(annotation.shop()).currency(annotation.currency())
                            .plugin(id, settings(annotation.settings())));
        }
        context.getStore(NAMESPACE).put(RunningHost.class, new Started(builder.start(), root));
    }

    @Override
    public void afterAll(ExtensionContext context) {
        Started started = context.getStore(NAMESPACE).remove(RunningHost.class, Started.class);
        if (started != null) {
            started.close();
        }
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        Class<?> type = parameter.getParameter().getType();
        return type == HostClient.class || type == RunningHost.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        Started started = context.getStore(NAMESPACE).get(RunningHost.class, Started.class);
        if (started == null) {
            throw new ParameterResolutionException("no Salescycle host runs for " + context.getDisplayName()
                    + "; register SalesCycleHostExtension as a static field or annotate the class @WithSalesCycleHost");
        }
        return parameter.getParameter().getType() == HostClient.class ? started.host().client() : started.host();
    }

    private static Map<String, Object> settings(String[] lines) {
        Map<String, Object> all = new LinkedHashMap<>();
        for (String line : lines) {
            try {
                Object parsed = YAML.readValue(line, Object.class);
                if (!(parsed instanceof Map<?, ?> map)) {
                    throw new IllegalArgumentException("@WithSalesCycleHost settings: expected \"name: value\", got " + line);
                }
                map.forEach((k, v) -> all.put(String.valueOf(k), v));
            } catch (JsonProcessingException e) {
                throw new IllegalArgumentException("@WithSalesCycleHost settings: not YAML: " + line, e);
            }
        }
        return all;
    }

    private static String resource(ExtensionContext context, String name) throws IOException {
        try (InputStream in = context.getRequiredTestClass().getClassLoader().getResourceAsStream(name)) {
            if (in == null) {
                throw new UncheckedIOException(new IOException("@WithSalesCycleHost config: no " + name + " on the test class path"));
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** A started host and its folder. */
    private record Started(RunningHost host, Path root) {
        void close() {
            host.close();
            PluginFolder.delete(root);
        }
    }
}
