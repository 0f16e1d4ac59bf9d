package dev.salescycle.host.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The storefront SDK's budgets, gzipped as the host serves it: the loader, which every page of a storefront loads,
 * under 2 KB; the shared base and each component, loaded only where a page has one, under 10 KB each. And nothing in
 * them that a strict Content-Security-Policy refuses or that turns server text into markup.
 */
@Timeout(10)
class SdkSizeTest {

    static final int LOADER_BUDGET = 2_048;
    static final int COMPONENT_BUDGET = 10_240;
    static final List<String> COMPONENTS = List.of("base", "salescycle-signup", "salescycle-offers",
            "salescycle-recommendations", "salescycle-thank-you", "salescycle-preferences");

    @Test
    void theLoaderAndEveryComponentStayWithinTheirGzippedBudgets() throws IOException {
        int loader = gzipped(read("sdk/v1/salescycle.js"));
        System.out.printf("sdk/v1/salescycle.js: %,d bytes gzipped (budget %,d)%n", loader, LOADER_BUDGET);
        assertThat(loader).as("the loader, gzipped").isLessThanOrEqualTo(LOADER_BUDGET);
        for (String component : COMPONENTS) {
            int size = gzipped(read("sdk/v1/components/" + component + ".js"));
            System.out.printf("sdk/v1/components/%s.js: %,d bytes gzipped (budget %,d)%n", component, size, COMPONENT_BUDGET);
            assertThat(size).as(component + ", gzipped").isLessThanOrEqualTo(COMPONENT_BUDGET);
        }
    }

    @Test
    void noFileEvaluatesCodeWritesMarkupOrSetsInlineStyle() throws IOException {
        List<String> files = new java.util.ArrayList<>(COMPONENTS.stream().map(c -> "sdk/v1/components/" + c + ".js").toList());
        files.add("sdk/v1/salescycle.js");
        for (String file : files) {
            String code = new String(read(file), StandardCharsets.UTF_8);
            assertThat(code).as(file).doesNotContain("eval(", "new Function", "innerHTML", "outerHTML",
                    "insertAdjacentHTML", "document.write", ".style.", "setAttribute('style'", "setTimeout('",
                    "javascript:");
        }
    }

    private static byte[] read(String resource) throws IOException {
        try (InputStream in = SdkSizeTest.class.getClassLoader().getResourceAsStream(resource)) {
            assertThat(in).as(resource + " on the class path").isNotNull();
            return in.readAllBytes();
        }
    }

    /** The same compression {@link StaticFiles} serves with. */
    private static int gzipped(byte[] plain) throws IOException {
        ByteArrayOutputStream packed = new ByteArrayOutputStream();
        try (GZIPOutputStream gzip = new GZIPOutputStream(packed)) {
            gzip.write(plain);
        }
        return packed.size();
    }
}
