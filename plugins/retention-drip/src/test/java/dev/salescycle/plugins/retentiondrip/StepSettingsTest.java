package dev.salescycle.plugins.retentiondrip;

import static dev.salescycle.plugins.retentiondrip.Fixtures.step;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.salescycle.testkit.InvalidSettingsException;
import dev.salescycle.testkit.TestPluginContext;
import dev.salescycle.sdk.settings.SettingProblem;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@org.junit.jupiter.api.Timeout(60)
class StepSettingsTest {

    private final RetentionDrip plugin = new RetentionDrip();

    @Test
    void everyDefaultIsValidAndReadsAsDocumented() {
        DripSettings settings = DripSettings.read(TestPluginContext.forHook(plugin).build().settings());

        assertThat(settings.steps()).isEqualTo(DripStep.DEFAULTS);
        assertThat(settings.reviewUrl()).isEqualTo("https://example.com/review/{orderId}");
        assertThat(settings.couponPrefix()).isEqualTo("COMEBACK-");
        assertThat(settings.couponSecret()).isNull();
    }

    @Test
    void rejectsStepsWrittenAsTextOnBuild() {
        assertThatThrownBy(() -> TestPluginContext.forHook(plugin).setting("steps", "P1D welcome").build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("steps:");
    }

    @Test
    void rejectsACouponPrefixWrittenAsAListOnBuild() {
        assertThatThrownBy(() -> TestPluginContext.forHook(plugin).setting("couponPrefix", List.of("A-")).build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("couponPrefix:");
    }

    @Test
    void rejectsUnknownSettings() {
        assertThatThrownBy(() -> TestPluginContext.forHook(plugin).setting("step", List.of()).build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("step: unknown setting");
    }

    @Test
    void rejectsStepsThatAreNotAListOfMaps() {
        assertBadSteps(Map.of("after", "P1D"), "steps: expected a list");
        assertBadSteps(List.of("P1D welcome"), "steps[0]: expected a map");
    }

    @Test
    void rejectsMoreThanTwentySteps() {
        assertBadSteps(Collections.nCopies(21, step("P1D", "education")), "steps: expected at most 20 steps, got 21");
    }

    @Test
    void rejectsAnUnknownFieldNamingTheStep() {
        assertBadSteps(List.of(step("P1D", "welcome"), Map.of("delay", "P2D", "template", "welcome")),
                "steps[1]: unknown field 'delay'");
    }

    @ParameterizedTest
    @ValueSource(strings = {"14 days", "P0D", "-P1D", "P1M", "P3651D", ""})
    void rejectsABadAfterNamingTheStepAndField(String after) {
        assertBadSteps(List.of(step("P1D", "welcome"), step(after, "education")),
                "steps[1].after: expected an ISO-8601 duration above zero");
    }

    @Test
    void aStepWithoutDelayIsAProblemNamingTheStepAndField() {
        assertThat(plugin.validate(TestPluginContext.forHook(plugin).build().settings())).isEmpty();
        assertThatThrownBy(() -> TestPluginContext.forHook(plugin)
                .setting("steps", List.of(step("P1D", "welcome"), step("PT0S", "education"))).build())
                .isInstanceOfSatisfying(InvalidSettingsException.class, e -> assertThat(e.problems()).containsExactly(
                        new SettingProblem("steps[1].after",
                                "expected an ISO-8601 duration above zero and at most P3650D, such as P14D, got PT0S")));
    }

    @Test
    void rejectsAStepWithoutAfter() {
        assertBadSteps(List.of(Map.of("template", "welcome")), "steps[0].after:");
    }

    @Test
    void rejectsAnUnknownTemplateListingTheKnownOnes() {
        assertBadSteps(List.of(step("P1D", "newsletter")),
                "steps[0].template: expected one of welcome, review-request, win-back, education, got newsletter");
        assertBadSteps(List.of(Map.of("after", "P1D")), "steps[0].template:");
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "91", "2.5", "ten"})
    void rejectsACouponPercentOutsideOneToNinety(String percent) {
        assertBadSteps(List.of(step("P60D", "win-back", percent)),
                "steps[0].couponPercent: expected a whole number 1..90, got " + percent);
    }

    @Test
    void rejectsAReviewUrlThatIsNotAnHttpAddressOrPath() {
        assertBad("reviewUrl", "javascript:alert(1)", "reviewUrl: expected an http(s) address or a path");
    }

    @Test
    void rejectsAPrefixThatDoesNotFitACode() {
        assertBad("couponPrefix", "COME BACK", "couponPrefix: expected at most 20 letters");
    }

    @Test
    void rejectsAShortCouponSecret() {
        assertBad("couponSecret", "tiny", "couponSecret: expected at least 16 characters");
    }

    private void assertBadSteps(Object steps, String message) {
        assertBad("steps", steps, message);
    }

    /** Refused when the plugin is enabled for a shop (its validate, which the test kit calls as the host does). */
    private void assertBad(String setting, Object value, String message) {
        assertThatThrownBy(() -> TestPluginContext.forHook(plugin).setting(setting, value).build())
                .isInstanceOfSatisfying(InvalidSettingsException.class, e -> assertThat(e.problems())
                        .singleElement().satisfies(p -> assertThat(p.setting() + ": " + p.message()).startsWith(message)));
    }
}
