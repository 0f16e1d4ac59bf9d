package dev.salescycle.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.salescycle.testkit.ApiClient;
import dev.salescycle.testkit.TestHost;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Plugins installed, enabled, updated, disabled and unloaded through the admin API while clients keep
 * evaluating carts: no request fails, and every answer comes wholly from one snapshot.
 */
class LiveLifecycleTest {

    static final String TOKEN = "lifecycle-admin-token";
    static final String CART = "{\"currency\":\"EUR\",\"lines\":[{\"sku\":\"a\",\"quantity\":1,\"unitPrice\":\"60.00\"}]}";

    private static HttpResponse<String> admin(URI base, String method, String path, HttpRequest.BodyPublisher body)
            throws IOException, InterruptedException {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(base.resolve(path))
                .header("Authorization", "Bearer " + TOKEN).method(method, body).build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void lifecycleUnderLoadLosesNoRequestAndNeverMixesSnapshots(@TempDir Path dir) throws Exception {
        Path uploads = Files.createDirectories(dir.resolve("uploads"));
        try (TestHost host = TestHost.builder(dir.resolve("host")).config("""
                host:
                  adminToken: %s
                  unloadGrace: 200ms
                shops:
                  s:
                    currency: EUR
                    plugins: [ conversion-offers ]
                """.formatted(TOKEN)).plugin(Plugins.zip("conversion-offers")).start()) {
            URI base = host.host().baseUri();
            ApiClient api = host.client();
            AtomicBoolean stop = new AtomicBoolean();
            AtomicInteger answers = new AtomicInteger();
            ConcurrentLinkedQueue<String> problems = new ConcurrentLinkedQueue<>();
            ExecutorService clients = Executors.newFixedThreadPool(6);
            CountDownLatch done = new CountDownLatch(6);
            for (int c = 0; c < 6; c++) {
                clients.execute(() -> {
                    try {
                        while (!stop.get()) {
                            ApiClient.Response r = api.post("/api/v1/shops/s/cart/evaluate", CART);
                            answers.incrementAndGet();
                            if (r.status() != 200) {
                                problems.add(r.status() + " " + r.body());
                                continue;
                            }
                            JsonNode answer = FiveStagesTest.json(r);
                            List<String> skus = answer.get("recommendations").findValuesAsText("sku");
                            if (skus.contains("v1-item") && skus.contains("v2-item")) {
                                problems.add("mixed snapshot: " + r.body());
                            }
                            if (answer.get("offers").findValuesAsText("plugin").stream().anyMatch(p -> !p.equals("conversion-offers"))) {
                                problems.add("unexpected offer: " + r.body());
                            }
                        }
                    } catch (RuntimeException e) {
                        problems.add(e.toString());
                    } finally {
                        done.countDown();
                    }
                });
            }
            Thread.sleep(300);

            HttpResponse<String> installed = admin(base, "POST", "/admin/plugins?file=swap-upsell-1.zip",
                    HttpRequest.BodyPublishers.ofFile(Plugins.zip("swap-upsell-v1")));
            assertThat(installed.statusCode()).as(installed.body()).isEqualTo(201);
            assertThat(installed.body()).contains("\"id\":\"swap-upsell\"");
            HttpResponse<String> enabled = admin(base, "PUT", "/admin/shops/s/plugins/swap-upsell",
                    HttpRequest.BodyPublishers.ofString("{\"settings\":{}}"));
            assertThat(enabled.statusCode()).as(enabled.body()).isEqualTo(200);
            awaitRecommendation(api, "v1-item");

            Files.copy(Plugins.zip("swap-upsell-v2"), uploads.resolve("v2.zip"));
            HttpResponse<String> updated = admin(base, "PUT", "/admin/plugins/swap-upsell?file=swap-upsell-2.zip",
                    HttpRequest.BodyPublishers.ofFile(uploads.resolve("v2.zip")));
            assertThat(updated.statusCode()).as(updated.body()).isEqualTo(200);
            awaitRecommendation(api, "v2-item");

            HttpResponse<String> disabled = admin(base, "DELETE", "/admin/shops/s/plugins/swap-upsell",
                    HttpRequest.BodyPublishers.noBody());
            assertThat(disabled.statusCode()).as(disabled.body()).isEqualTo(200);
            assertThat(FiveStagesTest.json(api.post("/api/v1/shops/s/cart/evaluate", CART)).get("recommendations")).isEmpty();

            HttpResponse<String> unloaded = admin(base, "DELETE", "/admin/plugins/swap-upsell", HttpRequest.BodyPublishers.noBody());
            assertThat(unloaded.statusCode()).as(unloaded.body()).isEqualTo(200);
            Thread.sleep(300);
            stop.set(true);
            assertThat(done.await(30, TimeUnit.SECONDS)).isTrue();
            clients.shutdownNow();

            assertThat(problems).isEmpty();
            assertThat(answers.get()).isGreaterThan(50);
            host.host().runtime().lifecycle().awaitRetired(5_000);
            assertThat(host.pluginsDir().resolve("swap-upsell-1.zip")).doesNotExist();
            assertThat(host.pluginsDir().resolve("swap-upsell-2.zip")).doesNotExist();
            assertThat(host.host().runtime().plugins().all()).containsOnlyKeys("conversion-offers");
        }
    }

    private static void awaitRecommendation(ApiClient api, String sku) throws InterruptedException {
        for (int i = 0; i < 100; i++) {
            if (api.post("/api/v1/shops/s/cart/evaluate", CART).body().contains("\"sku\":\"" + sku + "\"")) {
                return;
            }
            Thread.sleep(20);
        }
        throw new AssertionError("no recommendation of " + sku + " after the change");
    }

    @Test
    void invalidChangesAreRefusedAndTheRunningSetupStays(@TempDir Path dir) throws Exception {
        try (TestHost host = TestHost.builder(dir).config("""
                host:
                  adminToken: %s
                shops:
                  s:
                    currency: EUR
                    plugins: [ conversion-offers ]
                """.formatted(TOKEN)).plugin(Plugins.zip("conversion-offers")).plugin(Plugins.zip("co-purchase-upsell")).start()) {
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
            assertThat(host.client().get("/api/v1/shops").body()).contains("[\"conversion-offers\"]");

            Path config = dir.resolve("salescycle.yaml");
            Files.writeString(config, Files.readString(config).replace("plugins: [ conversion-offers ]",
                    "plugins: [ conversion-offers, no-such-plugin ]"));
            awaitRefusal(base);
            assertThat(host.client().get("/api/v1/shops").body()).contains("[\"conversion-offers\"]");

            Files.writeString(config, Files.readString(config).replace("no-such-plugin", "co-purchase-upsell"));
            for (int i = 0; i < 100 && !host.client().get("/api/v1/shops").body().contains("co-purchase-upsell"); i++) {
                Thread.sleep(50);
            }
            assertThat(host.client().get("/api/v1/shops").body()).contains("[\"conversion-offers\",\"co-purchase-upsell\"]");
        }
    }

    private static void awaitRefusal(URI base) throws Exception {
        for (int i = 0; i < 100; i++) {
            String body = admin(base, "GET", "/admin/config", HttpRequest.BodyPublishers.noBody()).body();
            if (body.contains("unknown plugin 'no-such-plugin'")) {
                return;
            }
            Thread.sleep(50);
        }
        throw new AssertionError("the bad config change was not refused");
    }

    static Map<String, String> auth() {
        return Map.of("Authorization", "Bearer " + TOKEN);
    }
}
