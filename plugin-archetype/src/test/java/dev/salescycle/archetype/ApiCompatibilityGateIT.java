package dev.salescycle.archetype;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.Timeout;

/**
 * The SDK's API compatibility gate at work: a copy of the {@code sdk-api} module, beside the parent pom as in
 * this repository, is built up to its japicmp checks against the committed baseline, as committed and after a
 * change a plugin author would suffer from.
 */
@Timeout(600)
class ApiCompatibilityGateIT {

    static final String UPSELL = "src/main/java/dev/salescycle/sdk/Upsell.java";
    static final String RECOMMEND = "    List<Recommendation> recommend(Cart cart, PluginContext context);\n";
    /** Up to the gate, without the module's tests and Javadoc, which have their own checks. */
    static final String[] UP_TO_THE_GATE = {"-o", "verify", "-Dmaven.test.skip=true", "-Dmaven.javadoc.skip=true"};

    @TempDir
    Path work;

    private Path module;
    private NestedMaven maven;

    private static Path file(String property) {
        String value = System.getProperty(property);
        assertThat(value).as("system property " + property + " (run this test through Maven)").isNotBlank();
        Path path = Path.of(value);
        assertThat(path).as(property).exists();
        return path;
    }

    @BeforeEach
    void copySdkApi() throws IOException {
        Path sources = file("salescycle.it.sdkApiDir");
        Files.copy(file("salescycle.it.parentPom"), work.resolve("pom.xml"));
        module = Files.createDirectories(work.resolve("sdk-api"));
        Files.copy(sources.resolve("pom.xml"), module.resolve("pom.xml"));
        copyTree(sources.resolve("src"), module.resolve("src"));
        copyTree(sources.resolve("api-baseline"), module.resolve("api-baseline"));
        HeadRepository empty = new HeadRepository(Files.createDirectories(work.resolve("repository")), "unused");
        maven = new NestedMaven(NestedMaven.wrapperAbove(Path.of("")), empty, file("salescycle.it.localRepository"),
                Path.of("target", "api-gate-it").toAbsolutePath());
    }

    @Test
    void theSdkAsCommittedPassesTheGate() throws Exception {
        NestedMaven.Outcome build = maven.attempt("as-committed", module, UP_TO_THE_GATE);

        assertThat(build.exitCode()).as(build.tail(40)).isZero();
        assertThat(build.output()).contains(":cmp (api-compatibility) @ sdk-api")
                .contains(":cmp (hook-compatibility) @ sdk-api").contains("BUILD SUCCESS");
    }

    @Test
    void removingAMethodFromAHookFailsTheBuildWithJapicmpsReport() throws Exception {
        edit(UPSELL, RECOMMEND, "");

        NestedMaven.Outcome build = maven.attempt("method-removed", module, UP_TO_THE_GATE);

        assertThat(build.exitCode()).as(build.tail(40)).isNotZero();
        assertThat(build.output()).contains("BUILD FAILURE").contains("japicmp")
                .contains("dev.salescycle.sdk.Upsell.recommend(dev.salescycle.sdk.model.Cart,"
                        + "dev.salescycle.sdk.PluginContext):METHOD_REMOVED");
        assertThat(module.resolve("target/japicmp/api-compatibility.diff")).content()
                .contains("MODIFIED INTERFACE: PUBLIC ABSTRACT dev.salescycle.sdk.Upsell")
                .contains("REMOVED METHOD").contains("recommend(dev.salescycle.sdk.model.Cart");
    }

    @Test
    void addingAnAbstractMethodToAHookFailsTheBuild() throws Exception {
        edit(UPSELL, RECOMMEND, RECOMMEND + "\n    int priority();\n");

        NestedMaven.Outcome build = maven.attempt("abstract-method-added", module, UP_TO_THE_GATE);

        assertThat(build.exitCode()).as(build.tail(40)).isNotZero();
        assertThat(build.output()).contains("(hook-compatibility)")
                .contains("dev.salescycle.sdk.Upsell.priority():METHOD_ADDED_TO_INTERFACE");
    }

    @Test
    void aNewMajorVersionMayBreakTheApi() throws Exception {
        edit(UPSELL, RECOMMEND, "");

        NestedMaven.Outcome build = maven.attempt("new-major", module, Stream.concat(Stream.of(UP_TO_THE_GATE),
                Stream.of("-Dsalescycle.sdk.version=2.0.0")).toArray(String[]::new));

        assertThat(build.exitCode()).as(build.tail(40)).isZero();
        assertThat(build.output()).contains("SDK 2.0.0 against API baseline 1.0.0").contains("BUILD SUCCESS");
    }

    private void edit(String path, String before, String after) throws IOException {
        Path source = module.resolve(path);
        String text = Files.readString(source);
        assertThat(text).as(path).contains(before);
        Files.writeString(source, text.replace(before, after));
    }

    private static void copyTree(Path from, Path to) throws IOException {
        List<Path> paths;
        try (Stream<Path> walk = Files.walk(from)) {
            paths = walk.toList();
        }
        for (Path path : paths) {
            Files.copy(path, to.resolve(from.relativize(path).toString()));
        }
    }
}
