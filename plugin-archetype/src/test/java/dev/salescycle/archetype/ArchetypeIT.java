package dev.salescycle.archetype;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.salescycle.testkit.ApiClient;
import dev.salescycle.testkit.RunningHost;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.Timeout;

/**
 * What a plugin author does first: generate a project from the archetype outside this repository, build it
 * with its own wrapper, {@code ./mvnw verify}, against the SDK this build made (its unit test and its injected
 * smoke tests run), then load the produced zip into a real host and see its hook answer over HTTP.
 */
@Timeout(600)
class ArchetypeIT {

    static final String PLUGIN = "best-sellers";
    static final ObjectMapper JSON = new ObjectMapper();
    static final String CONFIG = """
            host:
              port: 0
            shops:
              gifts:
                currency: EUR
                apiKeys: [ "archetype-it-shop-key-0000000" ]
                plugins:
                  - id: best-sellers
                    settings: { maxItems: 2, reason: "A favourite here" }
            """;

    /** An integration test of the author's own, on the packaged zip: the generated build must run it. */
    static final String AUTHOR_IT = """
            package com.example.shop.bestsellers;

            import static org.assertj.core.api.Assertions.assertThat;

            import dev.salescycle.sdk.Upsell;
            import dev.salescycle.testkit.PluginUnderTest;
            import java.nio.file.Path;
            import org.junit.jupiter.api.Test;

            class PackagedZipIT {
                @Test
                void theZipLoadsWithItsUpsell() {
                    try (PluginUnderTest plugin = PluginUnderTest.load(Path.of(System.getProperty("salescycle.plugin.file")))) {
                        assertThat(plugin.id()).isEqualTo("best-sellers");
                        assertThat(plugin.hook(Upsell.class)).isNotNull();
                    }
                }
            }
            """;

    @TempDir
    Path work;

    private static String property(String name) {
        String value = System.getProperty(name);
        assertThat(value).as("system property " + name + " (run this test through Maven)").isNotBlank();
        return value;
    }

    private static Path file(String name) {
        Path path = Path.of(property(name));
        assertThat(path).as(name).exists();
        return path;
    }

    @Test
    void aGeneratedProjectBuildsTestsPackagesAndServesItsHookInARealHost() throws Exception {
        String version = property("salescycle.it.version");
        HeadRepository head = new HeadRepository(Files.createDirectories(work.resolve("repository")), version);
        head.putPom("salescycle-parent", file("salescycle.it.parentPom"));
        head.putJar("sdk-api", file("salescycle.it.sdkApiJar"));
        head.putJar("host-runtime", file("salescycle.it.hostRuntimeJar"));
        head.putJar("sdk-testkit", file("salescycle.it.sdkTestkitJar"));
        head.putJar("plugin-archetype", file("salescycle.it.archetypeJar"), file("salescycle.it.archetypePom"));
        NestedMaven maven = new NestedMaven(NestedMaven.wrapperAbove(Path.of("")), head,
                file("salescycle.it.localRepository"), Path.of("target", "archetype-it").toAbsolutePath());
        Path projects = Files.createDirectories(work.resolve("projects"));

        maven.run("generate", projects, "org.apache.maven.plugins:maven-archetype-plugin:"
                        + property("salescycle.it.archetypeVersion") + ":generate",
                "-DinteractiveMode=false", "-DarchetypeCatalog=internal", "-DarchetypeGroupId=dev.salescycle",
                "-DarchetypeArtifactId=plugin-archetype", "-DarchetypeVersion=" + version,
                "-DgroupId=com.example.shop", "-DartifactId=" + PLUGIN, "-Dversion=1.0.0",
                "-Dpackage=com.example.shop.bestsellers");
        Path project = projects.resolve(PLUGIN);
        assertThat(project.resolve("src/main/java/com/example/shop/bestsellers/BestSellerUpsell.java")).isRegularFile();
        assertThat(project.resolve("src/test/java/com/example/shop/bestsellers/BestSellerUpsellTest.java")).isRegularFile();
        assertThat(Files.readString(project.resolve("pom.xml"))).doesNotContain("<parent>")
                .contains("<artifactId>best-sellers</artifactId>").contains("<plugin.requires>^")
                .contains("<description>The best-sellers plugin for Salescycle.</description>");
        assertThat(Files.readString(project.resolve("README.md"))).startsWith("best-sellers\n")
                .contains("The best-sellers plugin for Salescycle.");
        assertThat(Files.readAllLines(project.resolve(".gitignore"))).contains("target/");
        assertThat(project.resolve("src/test/resources/logback-test.xml")).isRegularFile();
        Files.writeString(project.resolve("src/test/java/com/example/shop/bestsellers/PackagedZipIT.java"), AUTHOR_IT);

        assertThat(project.resolve(".mvn/wrapper/maven-wrapper.properties")).isRegularFile();
        assertThat(project.resolve("mvnw.cmd")).isRegularFile();
        assertThat(project.resolve("mvnw")).isRegularFile().isExecutable();

        maven.withWrapper(NestedMaven.wrapperIn(project)).run("verify", project, "verify");

        assertThat(testsIn(project.resolve("target/surefire-reports"))).as("unit and HTTP tests run").isEqualTo(5);
        assertThat(project.resolve("target/surefire-reports/TEST-com.example.shop.bestsellers.BestSellerUpsellHttpTest.xml"))
                .as("the HTTP test with @WithSalesCycleHost ran in the test phase").isRegularFile();
        Path ownIt = project.resolve("target/failsafe-reports/TEST-com.example.shop.bestsellers.PackagedZipIT.xml");
        assertThat(ownIt).as("the author's own *IT ran").isRegularFile();
        assertThat(testsIn(ownIt.getParent(), "TEST-com.example.shop")).isEqualTo(1);
        assertThat(testsIn(project.resolve("target/failsafe-reports"), "TEST-dev.salescycle")).as("smoke checks run")
                .isGreaterThanOrEqualTo(7);
        String smoke = Files.readString(project.resolve(
                "target/failsafe-reports/TEST-dev.salescycle.testkit.injected.InjectedPluginSmokeIT.xml"));
        assertThat(smoke).as("smoke checks named").contains(" descriptor (Plugin-Id, Plugin-Version, Plugin-Requires)\"")
                .doesNotContain("pluginChecks()[");
        String log = Files.readString(Path.of("target", "archetype-it", "verify.log"));
        assertThat(log).as("test logging set up").doesNotContain("No SLF4J providers")
                .doesNotContain("Successfully applied").doesNotContain("Migrating schema");
        Path zip = project.resolve("target/" + PLUGIN + "-1.0.0.zip");
        assertThat(zip).isRegularFile();

        try (RunningHost host = RunningHost.builder(work.resolve("host")).plugin(zip).config(CONFIG).start()) {
            JsonNode recommendations = recommendationsForBeans(host);

            assertThat(recommendations.findValuesAsText("plugin")).containsOnly(PLUGIN);
            assertThat(recommendations.findValuesAsText("sku")).containsExactly("mug", "filters");
            assertThat(recommendations.get(0).get("name").asText()).isEqualTo("Mug");
            assertThat(recommendations.get(0).get("reason").asText()).isEqualTo("A favourite here");
            assertThat(recommendations.get(0).get("evidence").get("orders").asInt()).isEqualTo(6);
        }
    }

    /** Seeds the shop with products and past orders (mugs sell best), then asks for a cart holding beans. */
    private static JsonNode recommendationsForBeans(RunningHost host) throws Exception {
        // The catalogue and the history come from the shop's own server, with its key.
        ApiClient api = new ApiClient(host.baseUri()).withHeaders(java.util.Map.of("Authorization", "Bearer archetype-it-shop-key-0000000"));
        ApiClient.Response products = api.put("/api/v1/shops/gifts/products", """
                [{"sku":"beans","name":"Espresso beans","price":"12.50","currency":"EUR"},
                 {"sku":"mug","name":"Mug","price":"8.00","currency":"EUR"},
                 {"sku":"filters","name":"Paper filters","price":"3.20","currency":"EUR"},
                 {"sku":"tea","name":"Green tea","price":"6.00","currency":"EUR"}]""");
        assertThat(products.status()).as(products.body()).isEqualTo(200);
        StringBuilder history = new StringBuilder();
        for (int i = 0; i < 10; i++) {
            String second = i < 6 ? "mug" : i < 9 ? "filters" : "tea";
            history.append("{\"orderId\":\"past-").append(i).append("\",\"currency\":\"EUR\",\"lines\":[")
                    .append("{\"sku\":\"beans\",\"quantity\":1,\"unitPrice\":\"12.50\"},")
                    .append("{\"sku\":\"").append(second).append("\",\"quantity\":1,\"unitPrice\":\"8.00\"}]}\n");
        }
        ApiClient.Response imported = api.post("/api/v1/shops/gifts/orders/import", history.toString(), "application/x-ndjson");
        assertThat(imported.status()).as(imported.body()).isEqualTo(200);
        host.awaitPluginsIdle(java.time.Duration.ofSeconds(10));

        ApiClient.Response evaluated = api.post("/api/v1/shops/gifts/cart/evaluate",
                "{\"currency\":\"EUR\",\"lines\":[{\"sku\":\"beans\",\"quantity\":1,\"unitPrice\":\"12.50\"}]}");
        assertThat(evaluated.status()).as(evaluated.body()).isEqualTo(200);
        JsonNode answer = JSON.readTree(evaluated.body());
        assertThat(answer.get("skipped")).as(evaluated.body()).isEmpty();
        return answer.get("recommendations");
    }

    /** How many tests the Surefire or Failsafe reports in the folder count. */
    private static int testsIn(Path reports) throws Exception {
        return testsIn(reports, "TEST-");
    }

    /** How many tests the reports in the folder whose names start with the prefix count. */
    private static int testsIn(Path reports, String prefix) throws Exception {
        Pattern tests = Pattern.compile("<testsuite [^>]*?tests=\"(\\d+)\"");
        int total = 0;
        try (Stream<Path> files = Files.list(reports)) {
            for (Path report : files.filter(f -> f.getFileName().toString().startsWith(prefix)).toList()) {
                Matcher m = tests.matcher(Files.readString(report));
                total += m.find() ? Integer.parseInt(m.group(1)) : 0;
            }
        }
        return total;
    }
}
