package dev.salescycle.demo.sample;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;

/** The few calls of the host's HTTP API that seeding a demo shop needs. */
public final class DemoApiClient {

    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(TIMEOUT).build();
    private final ObjectMapper json;
    private final URI base;
    private final String adminToken;
    private final Map<String, String> shopKeys;

    /**
     * @param json       mapper for request and response bodies
     * @param base       the host's base URI
     * @param adminToken sent as bearer token to the operator's routes when not null
     * @param shopKeys   each shop's API key by shop id, sent to that shop's routes
     */
    public DemoApiClient(ObjectMapper json, URI base, String adminToken, Map<String, String> shopKeys) {
        this.json = json;
        this.base = base;
        this.adminToken = adminToken;
        this.shopKeys = Map.copyOf(shopKeys);
    }

    /** @return {@code GET /api/v1/shops} */
    public JsonNode shops() {
        return send(request("/api/v1/shops", adminToken).GET());
    }

    /** @return {@code GET /admin/shops/{shop}/experiments}: the shop's experiments with their results */
    public JsonNode experiments(String shopId) {
        return send(request("/admin/shops/" + URLEncoder.encode(shopId, StandardCharsets.UTF_8) + "/experiments",
                adminToken).GET());
    }

    /** @return {@code GET /admin/shops/{shop}/funnel} over the last 24 hours: counts and the funnel in money */
    public JsonNode funnel(String shopId) {
        return send(request("/admin/shops/" + URLEncoder.encode(shopId, StandardCharsets.UTF_8) + "/funnel", adminToken)
                .GET());
    }

    /** @return {@code GET /health} */
    public JsonNode health() {
        return send(request("/health", null).GET());
    }

    /** Upserts the catalogue of a shop; returns the host's answer. */
    public JsonNode putProducts(String shopId, Object products) {
        return send(request(shopPath(shopId) + "/products", shopKeys.get(shopId)).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(toJson(products))));
    }

    /** Imports past orders given as NDJSON; returns the host's answer. */
    public JsonNode importOrders(String shopId, String ndjson) {
        return send(request(shopPath(shopId) + "/orders/import", shopKeys.get(shopId)).header("Content-Type", "application/x-ndjson")
                .POST(HttpRequest.BodyPublishers.ofString(ndjson)));
    }

    /** @return the value as one line of JSON */
    public String toJson(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("not serialisable: " + e.getOriginalMessage(), e);
        }
    }

    private static String shopPath(String shopId) {
        return "/api/v1/shops/" + URLEncoder.encode(shopId, StandardCharsets.UTF_8);
    }

    private HttpRequest.Builder request(String path, String bearer) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(base.resolve(path)).timeout(TIMEOUT)
                .header("Accept", "application/json");
        if (bearer != null) {
            builder.header("Authorization", "Bearer " + bearer);
        }
        return builder;
    }

    private JsonNode send(HttpRequest.Builder builder) {
        HttpRequest request = builder.build();
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() / 100 != 2) {
                throw new DemoApiException(request.method() + " " + request.uri().getPath() + " answered "
                        + response.statusCode() + ": " + response.body());
            }
            return json.readTree(response.body());
        } catch (IOException e) {
            throw new DemoApiException(request.method() + " " + request.uri().getPath() + " failed: " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DemoApiException(request.method() + " " + request.uri().getPath() + " was interrupted");
        }
    }
}
