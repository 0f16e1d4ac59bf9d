package dev.salescycle.demo;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.UnaryOperator;

/**
 * The demo's secrets: none is built in. The config names them as environment variables
 * ({@code ${SALESCYCLE_ADMIN_TOKEN}}, {@code ${DEMO_COFFEE_API_KEY}}, ...); one the environment does not set is
 * generated for this run, at random, and kept in memory only.
 */
final class DemoSecrets implements UnaryOperator<String> {

    static final String ADMIN_TOKEN = "SALESCYCLE_ADMIN_TOKEN";

    private final UnaryOperator<String> environment;
    private final Map<String, String> generated = new ConcurrentHashMap<>();
    private final SecureRandom random = new SecureRandom();

    DemoSecrets(UnaryOperator<String> environment) {
        this.environment = environment;
    }

    @Override
    public String apply(String name) {
        String set = environment.apply(name);
        if (set != null || !(name.equals(ADMIN_TOKEN) || name.endsWith("_API_KEY"))) {
            return set;
        }
        return generated.computeIfAbsent(name, n -> {
            byte[] bytes = new byte[24];
            random.nextBytes(bytes);
            return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        });
    }

    /** Whether the value of the variable was generated for this run (and so must be shown to the operator). */
    boolean generated(String name) {
        return generated.containsKey(name);
    }
}
