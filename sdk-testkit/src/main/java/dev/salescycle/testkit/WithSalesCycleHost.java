package dev.salescycle.testkit;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Starts a real Salescycle host once for the test class, in the plain {@code test} phase, with the plugin of
 * this build loaded from its compiled classes (no packaging needed), and injects a {@link HostClient} (and the
 * {@link RunningHost}, when asked for) into test methods, constructors and lifecycle methods.
 *
 * <pre>{@code
 * @WithSalesCycleHost(settings = "maxItems: 2")
 * class MyUpsellHttpTest {
 *     @Test
 *     void recommendsOverHttp(HostClient client) {
 *         HostClient.Answer answer = client.evaluateCart("test-shop", cart);
 *         assertThat(answer.status()).isEqualTo(200);
 *         assertThat(answer.json().path("recommendations")).isNotEmpty();
 *     }
 * }
 * }</pre>
 *
 * <p>By default the host has one shop, {@link #shop()} in {@link #currency()}, enabling the plugin with
 * {@link #settings()}. {@link #config()} names a YAML config on the test class path to use instead. For shops
 * written in Java, register {@link SalesCycleHostExtension} as a static field instead of this annotation.
 *
 * @since 1.1.0
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@ExtendWith(SalesCycleHostExtension.class)
public @interface WithSalesCycleHost {

    /** The shop's id. */
    String shop() default "test-shop";

    /** The shop's currency. */
    String currency() default "EUR";

    /** The plugin's settings, each a line of YAML such as {@code "maxItems: 2"} or {@code "price: \"2.50\""}. */
    String[] settings() default {};

    /** The plugin id; empty for the one the build declares (system property {@code salescycle.plugin.id}). */
    String plugin() default "";

    /**
     * A YAML config on the test class path (such as {@code "test-shops.yaml"}) used instead of the shop above; its
     * shops' API keys and admin token are its own, so the client sends none: pass them as headers.
     */
    String config() default "";
}
