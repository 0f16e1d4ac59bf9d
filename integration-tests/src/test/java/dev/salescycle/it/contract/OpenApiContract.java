package dev.salescycle.it.contract;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import dev.salescycle.testkit.ApiClient;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The OpenAPI description of a host, held against that host's real answers: finds the operation of a method and
 * path, the response of a status, and validates the body with a JSON Schema 2020-12 validator against the schema
 * the description gives, its {@code #/components/...} references resolved in the document itself.
 *
 * <p>The description leaves objects open to added fields (the contract only grows); in strict mode, which the
 * contract tests use, every object that lists its properties is closed, so that a field the host writes but the
 * description does not name fails as a renamed one does.
 */
public final class OpenApiContract {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String IRI = "https://salescycle.dev/api/v1/openapi.json";
    private static final List<String> METHODS = List.of("get", "put", "post", "delete", "patch");

    private final JsonNode document;
    private final SchemaRegistry registry;

    private OpenApiContract(JsonNode document, boolean strict) {
        this.document = document;
        JsonNode used = strict ? closed(document.deepCopy()) : document;
        String text = used.toString();
        this.registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12,
                builder -> builder.schemas(Map.of(IRI, text)));
    }

    /** The description as the host serves it, with every object closed to fields it does not name. */
    public static OpenApiContract strict(String description) {
        return new OpenApiContract(read(description), true);
    }

    /** The description as it is: objects open to added fields, as clients must read them. */
    public static OpenApiContract lenient(String description) {
        return new OpenApiContract(read(description), false);
    }

    public JsonNode document() {
        return document;
    }

    /**
     * The problems of a real answer to {@code method path}: a status the operation does not describe (a 2xx or 3xx
     * must be named, an error may fall under {@code default}), a media type it does not describe, a body that does
     * not follow the schema. A path with no operation for the method must answer 405, an unknown path 404, each
     * with the error schema.
     */
    public List<String> problems(String method, String path, ApiClient.Response answer) {
        String bare = path.contains("?") ? path.substring(0, path.indexOf('?')) : path;
        String template = template(bare);
        String what = method + " " + path + " -> " + answer.status() + " " + abbreviate(answer.body());
        if (template == null) {
            return answer.status() == 404 ? validate("/components/schemas/Error", answer.body(), what)
                    : List.of(what + ": no path of the description matches, so the answer should be 404");
        }
        JsonNode operation = document.path("paths").path(template).path(method.toLowerCase(Locale.ROOT));
        if (operation.isMissingNode()) {
            return answer.status() == 405 ? validate("/components/schemas/Error", answer.body(), what)
                    : List.of(what + ": " + template + " has no " + method + ", so the answer should be 405");
        }
        String pointer = "/paths/" + escape(template) + "/" + method.toLowerCase(Locale.ROOT) + "/responses/";
        JsonNode response = operation.path("responses").path(String.valueOf(answer.status()));
        if (response.isMissingNode()) {
            if (answer.status() < 400) {
                return List.of(what + ": status not described for " + method + " " + template);
            }
            response = operation.path("responses").path("default");
            pointer += "default";
        } else {
            pointer += answer.status();
        }
        if (response.has("$ref")) {
            pointer = response.get("$ref").asText().substring(1);
            response = document.at(pointer);
        }
        JsonNode content = response.path("content");
        if (content.isMissingNode() || content.isEmpty()) {
            return answer.body().isEmpty() ? List.of() : List.of(what + ": a body where the description has none");
        }
        String type = answer.headers().getOrDefault("Content-Type", "").split(";", 2)[0].strip();
        if (!content.has(type) && !content.has("*/*")) {
            return List.of(what + ": media type '" + type + "' not described; described: " + names(content));
        }
        if (!type.equals("application/json")) {
            return List.of();
        }
        return validate(pointer + "/content/application~1json/schema", answer.body(), what);
    }

    /** The problems of a JSON request body against the request schema of {@code method path}, if it takes JSON. */
    public List<String> requestProblems(String method, String path, String json) {
        String template = template(path.contains("?") ? path.substring(0, path.indexOf('?')) : path);
        String verb = method.toLowerCase(Locale.ROOT);
        if (template == null || document.path("paths").path(template).path(verb).at("/requestBody/content/application~1json")
                .isMissingNode()) {
            return List.of();
        }
        return validate("/paths/" + escape(template) + "/" + verb + "/requestBody/content/application~1json/schema", json,
                method + " " + path + " request body");
    }

    /** The problems of a JSON value against the schema at a JSON Pointer into the description. */
    public List<String> validate(String pointer, String json, String what) {
        Schema schema = registry.getSchema(SchemaLocation.of(IRI + "#" + encode(pointer)));
        List<String> out = new ArrayList<>();
        for (Error error : schema.validate(json, InputFormat.JSON)) {
            out.add(what + ": " + error.getInstanceLocation() + " " + error.getMessage());
        }
        return out;
    }

    /** Every operation as {@code METHOD template} with its JSON Pointer into the description. */
    public Map<String, String> operations() {
        Map<String, String> out = new java.util.TreeMap<>();
        document.path("paths").properties().forEach(p -> METHODS.forEach(m -> {
            if (p.getValue().has(m)) {
                out.put(m.toUpperCase(Locale.ROOT) + " " + p.getKey(), "/paths/" + escape(p.getKey()) + "/" + m);
            }
        }));
        return out;
    }

    /** The path template of a concrete path: the matching one with the most literal segments, or null. */
    String template(String path) {
        String[] segments = path.replaceAll("^/+|/+$", "").split("/");
        String best = null;
        int bestLiterals = -1;
        for (Iterator<String> it = document.path("paths").fieldNames(); it.hasNext(); ) {
            String candidate = it.next();
            String[] pattern = candidate.substring(1).split("/");
            if (pattern.length != segments.length) {
                continue;
            }
            int literals = 0;
            boolean matches = true;
            for (int i = 0; i < pattern.length && matches; i++) {
                if (pattern[i].startsWith("{")) {
                    continue;
                }
                matches = pattern[i].equals(segments[i]);
                literals++;
            }
            if (matches && literals > bestLiterals) {
                best = candidate;
                bestLiterals = literals;
            }
        }
        return best;
    }

    /** Closes every object schema that lists its properties and says nothing of others. */
    private static JsonNode closed(JsonNode node) {
        if (node.isObject()) {
            ObjectNode object = (ObjectNode) node;
            if (object.has("properties") && object.get("properties").isObject() && !object.has("additionalProperties")
                    && !object.has("unevaluatedProperties")) {
                object.put("additionalProperties", false);
            }
            object.properties().forEach(e -> {
                if (!e.getKey().equals("example") && !e.getKey().equals("examples")) {
                    closed(e.getValue());
                }
            });
        } else if (node.isArray()) {
            node.forEach(OpenApiContract::closed);
        }
        return node;
    }

    private static JsonNode read(String description) {
        try {
            return JSON.readTree(description);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String escape(String token) {
        return token.replace("~", "~0").replace("/", "~1");
    }

    /** A JSON Pointer as a URI fragment: each character outside the unreserved and sub-delimiters percent-encoded. */
    private static String encode(String pointer) {
        StringBuilder out = new StringBuilder();
        for (String token : pointer.split("/", -1)) {
            if (out.length() > 0 || !token.isEmpty()) {
                out.append('/');
            }
            out.append(URLEncoder.encode(token, StandardCharsets.UTF_8).replace("+", "%20").replace("%7E", "~"));
        }
        return out.toString();
    }

    private static String names(JsonNode content) {
        List<String> out = new ArrayList<>();
        content.fieldNames().forEachRemaining(out::add);
        return out.toString();
    }

    private static String abbreviate(String body) {
        return body.length() > 300 ? body.substring(0, 300) + "..." : body;
    }
}
