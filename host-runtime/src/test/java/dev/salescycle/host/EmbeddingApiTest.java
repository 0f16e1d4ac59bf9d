package dev.salescycle.host;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.net.URI;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The embedding API is {@link SalesCycleHost} and its builder; an embedder compiles against no internal type of
 * the host. {@link SalesCycleHost#runtime()} is the one door to the internals, for the host's own tests, and says
 * so in its Javadoc.
 */
@Timeout(60)
class EmbeddingApiTest {

    @Test
    void publicSignaturesOfTheEmbeddingApiUseNoInternalType() {
        List<String> leaks = new ArrayList<>();
        for (Class<?> api : List.of(SalesCycleHost.class, SalesCycleHost.Builder.class)) {
            for (Method m : api.getDeclaredMethods()) {
                if (!Modifier.isPublic(m.getModifiers()) || m.getName().equals("runtime")) {
                    continue;
                }
                Stream.concat(Stream.of(m.getGenericReturnType()), Arrays.stream(m.getGenericParameterTypes()))
                        .flatMap(EmbeddingApiTest::classes)
                        .filter(c -> !allowed(c))
                        .forEach(c -> leaks.add(api.getSimpleName() + "." + m.getName() + " uses " + c.getName()));
            }
        }
        assertThat(leaks).isEmpty();
    }

    @Test
    void theServletIsPlainJakarta() throws NoSuchMethodException {
        assertThat(SalesCycleHost.class.getMethod("servlet").getReturnType())
                .isEqualTo(jakarta.servlet.http.HttpServlet.class);
    }

    @Test
    void aPublicUrlIsAnAbsoluteHttpAddressWithoutQueryOrFragment() {
        SalesCycleHost.Builder builder = SalesCycleHost.builder();
        assertThat(builder.publicUrl(URI.create("https://shop.example.com/sales/"))).isSameAs(builder);
        for (String bad : List.of("ftp://shop.example.com/", "/sales/", "https://shop.example.com/?a=1", "https://shop.example.com/#x")) {
            assertThatThrownBy(() -> builder.publicUrl(URI.create(bad))).as(bad).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageStartingWith("publicUrl: expected an http or https URL");
        }
    }

    private static boolean allowed(Class<?> type) {
        String name = type.isArray() ? type.getComponentType().getName() : type.getName();
        return type.isPrimitive() || name.startsWith("java.") || name.startsWith("jakarta.servlet.")
                || name.startsWith("dev.salescycle.sdk.") || type.getPackageName().equals("dev.salescycle.host")
                        && (type == SalesCycleHost.class || type == SalesCycleHost.Builder.class);
    }

    private static Stream<Class<?>> classes(Type type) {
        if (type instanceof Class<?> c) {
            return Stream.of(c);
        }
        if (type instanceof ParameterizedType p) {
            return Stream.concat(classes(p.getRawType()), Arrays.stream(p.getActualTypeArguments()).flatMap(EmbeddingApiTest::classes));
        }
        return Stream.empty();
    }
}
