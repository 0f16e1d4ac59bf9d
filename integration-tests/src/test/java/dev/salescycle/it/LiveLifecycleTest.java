package dev.salescycle.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import dev.salescycle.testkit.ApiClient;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Plugins installed, enabled, updated, disabled and unloaded through the admin API while clients keep
 * evaluating carts: no request fails, and every answer comes wholly from one snapshot. Each phase lasts a
 * number of answers rather than a time, so a slow machine makes the test longer, never weaker.
 */
@Timeout(600)
class LiveLifecycleTest {

    /** How long to wait for anything that should happen: generous, since another build may share the cores. */
    static final java.time.Duration PATIENCE = java.time.Duration.ofSeconds(120);

    static final String TOKEN = "lifecycle-admin-token";
    static final String CART = "{\"currency\":\"EUR\",\"lines\":[{\"sku\":\"a\",\"quantity\":1,\"unitPrice\":\"60.00\"}]}";

    private static HttpResponse<String> admin(URI base, String method, String path, HttpRequest.BodyPublisher body)
            throws IOException, InterruptedException {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(base.resolve(path))
                .header("Authorization", "Bearer " + TOKEN).header("Content-Type", "application/json")
                .method(method, body).build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void lifecycleUnderLoadLosesNoRequestAndNeverMixesSnapshots(@TempDir Path dir) throws Exception {
        Path uploads = Files.createDirectories(dir.resolve("uploads"));
        try (TestHost host = TestHost.builder(dir.resolve("host")).config(TestKeys.config("""
                host:
                  adminToken: %s
                  allowPluginUpload: true
                  unloadGrace: 200ms
                shops:
                  s:
                    currency: EUR
                    plugins: [ conversion-offers, fault-throws, fault-random ]
                """.formatted(TOKEN))).plugin(Plugins.zip("conversion-offers")).plugin(Plugins.zip("fault-throws"))
                .plugin(Plugins.zip("fault-random")).start()) {
            URI base = host.host().baseUri();
            ApiClient api = TestKeys.client(host);
            AtomicBoolean stop = new AtomicBoolean();
            Map<String, AtomicInteger> seen = new ConcurrentHashMap<>();
            ConcurrentLinkedQueue<String> problems = new ConcurrentLinkedQueue<>();
            AtomicInteger answered = new AtomicInteger();
            ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
            CountDownLatch done = new CountDownLatch(CLIENTS);
            for (int c = 0; c < CLIENTS; c++) {
                clients.execute(() -> {
                    try {
                        while (!stop.get()) {
                            check(api.post("/api/v1/shops/s/cart/evaluate", CART), seen, problems);
                            answered.incrementAndGet();
                        }
                    } catch (RuntimeException e) {
                        problems.add(e.toString());
                    } finally {
                        done.countDown();
                    }
                });
            }
            Runnable phase = () -> awaitAnswers(answered, PHASE_ANSWERS, problems);
            phase.run();

            HttpResponse<String> installed = admin(base, "POST", "/admin/plugins?file=swap-upsell-1.zip",
                    HttpRequest.BodyPublishers.ofFile(Plugins.zip("swap-upsell-v1")));
            assertThat(installed.statusCode()).as(installed.body()).isEqualTo(201);
            assertThat(installed.body()).contains("\"id\":\"swap-upsell\"", "\"version\":\"1.0.0\"", "\"state\":\"STARTED\"");
            enableAndAwait(base, api, "v1", phase);

            Files.copy(Plugins.zip("swap-upsell-v2"), uploads.resolve("v2.zip"));
            HttpResponse<String> updated = admin(base, "PUT", "/admin/plugins/swap-upsell?file=swap-upsell-2.zip",
                    HttpRequest.BodyPublishers.ofFile(uploads.resolve("v2.zip")));
            assertThat(updated.statusCode()).as(updated.body()).isEqualTo(200);
            assertThat(reported(base, "version")).isEqualTo("2.0.0");
            awaitSnapshot(api, "v2", phase);

            HttpResponse<String> disabled = admin(base, "DELETE", "/admin/shops/s/plugins/swap-upsell",
                    HttpRequest.BodyPublishers.noBody());
            assertThat(disabled.statusCode()).as(disabled.body()).isEqualTo(200);
            awaitSnapshot(api, SwapSnapshots.NONE, phase);

            HttpResponse<String> unloaded = admin(base, "DELETE", "/admin/plugins/swap-upsell", HttpRequest.BodyPublishers.noBody());
            assertThat(unloaded.statusCode()).as(unloaded.body()).isEqualTo(200);
            phase.run();

            Files.copy(Plugins.zip("swap-upsell-v1"), host.pluginsDir().resolve("swap-upsell-folder-1.zip"));
            HttpResponse<String> fromFolder = admin(base, "POST", "/admin/plugins?file=swap-upsell-folder-1.zip",
                    HttpRequest.BodyPublishers.noBody());
            assertThat(fromFolder.statusCode()).as(fromFolder.body()).isEqualTo(201);
            assertThat(reported(base, "version")).isEqualTo("1.0.0");
            enableAndAwait(base, api, "v1", phase);

            Files.copy(Plugins.zip("swap-upsell-v2"), host.pluginsDir().resolve("swap-upsell-folder-2.zip"));
            HttpResponse<String> updatedFromFolder = admin(base, "PUT", "/admin/plugins/swap-upsell?file=swap-upsell-folder-2.zip",
                    HttpRequest.BodyPublishers.noBody());
            assertThat(updatedFromFolder.statusCode()).as(updatedFromFolder.body()).isEqualTo(200);
            assertThat(reported(base, "version")).isEqualTo("2.0.0");
            awaitSnapshot(api, "v2", phase);

            HttpResponse<String> unloadedWhileEnabled = admin(base, "DELETE", "/admin/plugins/swap-upsell",
                    HttpRequest.BodyPublishers.noBody());
            assertThat(unloadedWhileEnabled.statusCode()).as(unloadedWhileEnabled.body()).isEqualTo(200);
            awaitSnapshot(api, SwapSnapshots.NONE, phase);
            stop.set(true);
            assertThat(done.await(60, TimeUnit.SECONDS)).isTrue();
            clients.shutdownNow();

            assertThat(problems).as("failed or mixed answers").isEmpty();
            assertThat(answered.get()).as("answers under load").isGreaterThanOrEqualTo(8 * PHASE_ANSWERS);
            assertThat(seen.keySet()).contains("v1", "v2", SwapSnapshots.NONE).doesNotContain(SwapSnapshots.MIXED);
            System.out.printf("LiveLifecycleTest: %d answers under load, by snapshot %s%n", answered.get(), seen);
            host.host().runtime().lifecycle().awaitRetired(5_000);
            try (var files = Files.list(host.pluginsDir())) {
                assertThat(files.map(f -> f.getFileName().toString())).noneMatch(f -> f.startsWith("swap-upsell"));
            }
            assertThat(host.host().runtime().plugins().all()).containsOnlyKeys("conversion-offers", "fault-throws", "fault-random");
        }
    }

    static final int CLIENTS = 6;
    /** Answers the clients must get in each phase: about 3 s of load on an idle two-core machine. */
    static final int PHASE_ANSWERS = 6_000;

    /** Records a failed request, an unexpected offer or a mixed answer as a problem; counts answers by snapshot. */
    private static void check(ApiClient.Response r, Map<String, AtomicInteger> seen, ConcurrentLinkedQueue<String> problems) {
        if (r.status() != 200) {
            problems.add(r.status() + " " + r.body());
            return;
        }
        JsonNode answer = FiveStagesTest.json(r);
        String snapshot = SwapSnapshots.of(answer);
        seen.computeIfAbsent(snapshot, k -> new AtomicInteger()).incrementAndGet();
        if (snapshot.equals(SwapSnapshots.MIXED)) {
            problems.add("mixed snapshot: " + r.body());
        }
        if (answer.get("offers").findValuesAsText("plugin").stream()
                .anyMatch(p -> !List.of("conversion-offers", "fault-random", "swap-upsell").contains(p))) {
            problems.add("unexpected offer: " + r.body());
        }
    }

    /** Enables swap-upsell for the shop (with room for a slow call on a busy machine), waits for it, keeps the load on. */
    private static void enableAndAwait(URI base, ApiClient api, String snapshot, Runnable phase) throws Exception {
        HttpResponse<String> enabled = admin(base, "PUT", "/admin/shops/s/plugins/swap-upsell",
                HttpRequest.BodyPublishers.ofString("{\"settings\":{},\"budget\":\"500ms\"}"));
        assertThat(enabled.statusCode()).as(enabled.body()).isEqualTo(200);
        awaitSnapshot(api, snapshot, phase);
    }

    /** Waits until new requests see the snapshot, then lets the clients run on it for a phase. */
    private static void awaitSnapshot(ApiClient api, String snapshot, Runnable phase) {
        await("answers from snapshot " + snapshot).atMost(PATIENCE).until(() ->
                SwapSnapshots.of(FiveStagesTest.json(api.post("/api/v1/shops/s/cart/evaluate", CART))).equals(snapshot));
        phase.run();
    }

    /** Waits until the clients got as many more answers, or stops early when one failed. */
    private static void awaitAnswers(AtomicInteger answered, int more, ConcurrentLinkedQueue<String> problems) {
        int target = answered.get() + more;
        await("a phase of " + more + " answers").atMost(PATIENCE).until(() -> answered.get() >= target || !problems.isEmpty());
    }

    private static String reported(URI base, String field) throws Exception {
        HttpResponse<String> plugin = admin(base, "GET", "/admin/plugins/swap-upsell", HttpRequest.BodyPublishers.noBody());
        assertThat(plugin.statusCode()).as(plugin.body()).isEqualTo(200);
        return new com.fasterxml.jackson.databind.ObjectMapper().readTree(plugin.body()).get(field).asText();
    }

    /** A host whose shop s runs conversion-offers, with co-purchase-upsell loaded but not enabled. */
    private static TestHost oneShopWithConversionOffers(Path dir) {
        return TestHost.builder(dir).config("""
                host:
                  adminToken: %s
                  allowPluginUpload: true
                shops:
                  s:
                    currency: EUR
                    apiKeys: [ %s ]
                    plugins: [ conversion-offers ]
                """.formatted(TOKEN, TestKeys.KEY)).plugin(Plugins.zip("conversion-offers")).plugin(Plugins.zip("co-purchase-upsell")).start();
    }

    @Test
    void invalidChangesAreRefusedAndTheRunningSetupStays(@TempDir Path dir) throws Exception {
        try (TestHost host = oneShopWithConversionOffers(dir)) {
            URI base = host.host().baseUri();
            HttpResponse<String> badSetting = admin(base, "PUT", "/admin/shops/s/plugins/co-purchase-upsell",
                    HttpRequest.BodyPublishers.ofString("{\"settings\":{\"maxItems\":\"lots\"}}"));
            assertThat(badSetting.statusCode()).isEqualTo(422);
            assertThat(badSetting.body()).contains("settings.maxItems: expected integer 1..50, got \\\"lots\\\"");
            HttpResponse<String> traversal = admin(base, "POST", "/admin/plugins?file=..%2Fevil.zip",
                    HttpRequest.BodyPublishers.ofString("x"));
            assertThat(traversal.statusCode()).isEqualTo(400);
            assertThat(dir.resolve("evil.zip")).doesNotExist();
            HttpResponse<String> garbage = admin(base, "POST", "/admin/plugins?file=garbage.jar",
                    HttpRequest.BodyPublishers.ofString("not a jar"));
            assertThat(garbage.statusCode()).isEqualTo(422);
            assertThat(host.pluginsDir().resolve("garbage.jar")).doesNotExist();
            assertThat(TestKeys.client(host).get("/api/v1/shops", Http.bearer(TOKEN)).body()).contains("[\"conversion-offers\"]");
            assertThat(postWithoutContentLength(base, "/admin/plugins?file=not-there.zip"))
                    .as("a POST without a body installs from the folder").startsWith("HTTP/1.1 404").contains("no_such_file");

            Path config = dir.resolve("salescycle.yaml");
            Files.writeString(config, Files.readString(config).replace("plugins: [ conversion-offers ]",
                    "plugins: [ conversion-offers, no-such-plugin ]"));
            awaitRefusal(base);
            assertThat(TestKeys.client(host).get("/api/v1/shops", Http.bearer(TOKEN)).body()).contains("[\"conversion-offers\"]");

            Files.writeString(config, Files.readString(config).replace("no-such-plugin", "co-purchase-upsell"));
            await().atMost(PATIENCE).until(() -> TestKeys.client(host).get("/api/v1/shops", Http.bearer(TOKEN)).body()
                    .contains("co-purchase-upsell"));
            assertThat(TestKeys.client(host).get("/api/v1/shops", Http.bearer(TOKEN)).body()).contains("[\"conversion-offers\",\"co-purchase-upsell\"]");
        }
    }

    @Test
    void brokenYamlIsRefusedWithItsLineAndHostSettingsWaitForARestart(@TempDir Path dir) throws Exception {
        try (TestHost host = oneShopWithConversionOffers(dir)) {
            URI base = host.host().baseUri();
            Path config = dir.resolve("salescycle.yaml");
            String good = Files.readString(config);
            Files.writeString(config, good.replace("plugins: [ conversion-offers ]", "plugins: [ conversion-offers, co-purchase-upsell"));
            JsonNode refused = awaitConfigView(base, view -> !view.get("lastRefusal").isNull());
            assertThat(refused.get("lastRefusal").asText()).contains("salescycle.yaml").containsPattern("line \\d+");
            assertThat(TestKeys.client(host).get("/api/v1/shops", Http.bearer(TOKEN)).body()).contains("[\"conversion-offers\"]");
            assertThat(TestKeys.client(host).post("/api/v1/shops/s/cart/evaluate", CART).status()).isEqualTo(200);

            Files.writeString(config, good.replace("plugins: [ conversion-offers ]", "plugins: [ conversion-offers, co-purchase-upsell ]")
                    .replace("  adminToken:", "  breaker: { openFor: 5000ms }\n  adminToken:"));
            JsonNode applied = awaitConfigView(base, view -> view.get("lastRefusal").isNull());
            assertThat(applied.get("needsRestart").toString()).isEqualTo("[\"host.breaker\"]");
            assertThat(TestKeys.client(host).get("/api/v1/shops", Http.bearer(TOKEN)).body()).contains("[\"conversion-offers\",\"co-purchase-upsell\"]");
            assertThat(host.host().runtime().config().host().breaker().openFor()).isEqualTo(java.time.Duration.ofSeconds(60));
        }
    }

    private static JsonNode awaitConfigView(URI base, java.util.function.Predicate<JsonNode> condition) {
        return await("the config view").atMost(PATIENCE).until(() -> new com.fasterxml.jackson.databind.ObjectMapper()
                .readTree(admin(base, "GET", "/admin/config", HttpRequest.BodyPublishers.noBody()).body()), condition);
    }

    private static void awaitRefusal(URI base) {
        await("the bad config change refused").atMost(PATIENCE).until(() -> admin(base, "GET", "/admin/config",
                HttpRequest.BodyPublishers.noBody()).body().contains("unknown plugin 'no-such-plugin'"));
    }

    /** A POST with neither Content-Length nor a body, as {@code curl -X POST} sends it; returns the raw answer. */
    private static String postWithoutContentLength(URI base, String path) throws IOException {
        try (java.net.Socket socket = new java.net.Socket(base.getHost(), base.getPort())) {
            socket.getOutputStream().write(("POST " + path + " HTTP/1.1\r\nHost: " + base.getHost() + "\r\nAuthorization: Bearer "
                    + TOKEN + "\r\nConnection: close\r\n\r\n").getBytes(java.nio.charset.StandardCharsets.US_ASCII));
            return new String(socket.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
    }

    static Map<String, String> auth() {
        return Map.of("Authorization", "Bearer " + TOKEN);
    }
}
