package dev.salescycle.plugins.leadscoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.salescycle.sdk.model.Lead;
import dev.salescycle.sdk.model.ScoredLead;
import dev.salescycle.testkit.TestPluginContext;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Timeout;

@Timeout(120)
class LeadSettingsTest {

    private final LeadScoring plugin = new LeadScoring();

    @Test
    void everyDefaultIsValidAndReadsAsDocumented() {
        ScoringRules rules = LeadSettings.read(TestPluginContext.forHook(plugin).build().settings());

        assertThat(rules.blockedDomains()).contains("mailinator.com", "guerrillamail.com", "10minutemail.com");
        assertThat(rules.sourceScores()).isEqualTo(Map.of(
                "referral", 30, "checkout", 25, "newsletter", 15, "ad", 10, "other", 5));
        assertThat(List.of(rules.interestScore(), rules.maxInterestScore(), rules.consentBonus(),
                rules.hotScore(), rules.warmScore())).containsExactly(5, 20, 10, 60, 30);
    }

    @ParameterizedTest
    @CsvSource({"hotScore, high", "warmScore, -1", "interestScore, 101", "maxInterestScore, 2.5",
            "consentBonus, yes"})
    void rejectsBadNumbersNamingTheSetting(String setting, String value) {
        assertThatThrownBy(() -> TestPluginContext.forHook(plugin).setting(setting, value).build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith(setting + ":");
    }

    @Test
    void rejectsABlockedDomainsValueThatIsNotAList() {
        assertThatThrownBy(() -> TestPluginContext.forHook(plugin)
                .setting("blockedDomains", Map.of("a", "b")).build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("blockedDomains:");
    }

    @Test
    void rejectsASourceScoresValueThatIsNotAStructure() {
        assertThatThrownBy(() -> TestPluginContext.forHook(plugin).setting("sourceScores", "referral=30").build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("sourceScores:");
    }

    @Test
    void rejectsUnknownSettings() {
        assertThatThrownBy(() -> TestPluginContext.forHook(plugin).setting("hotscore", 50).build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("hotscore: unknown setting");
    }

    @ParameterizedTest
    @CsvSource({"lots, sourceScores.ad: expected a whole number", "2.5, sourceScores.ad:",
            "5000, sourceScores.ad:"})
    void rejectsBadSourcePointsNamingTheEntry(String points, String message) {
        TestPluginContext context = TestPluginContext.forHook(plugin)
                .setting("sourceScores", Map.of("ad", points)).build();

        assertThatThrownBy(() -> plugin.shopStarted(context))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith(message);
    }

    @Test
    void rejectsSourceScoresGivenAsAList() {
        TestPluginContext context = TestPluginContext.forHook(plugin).setting("sourceScores", List.of(30)).build();

        assertThatThrownBy(() -> plugin.shopStarted(context))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("sourceScores: expected a map");
    }

    @Test
    void rejectsAWarmScoreAboveTheHotScoreOnStartAndOnCapture() {
        TestPluginContext context = TestPluginContext.forHook(plugin)
                .setting("hotScore", 40).setting("warmScore", 50).build();
        ScoredLead lead = ScoredLead.of(new Lead("a@example.com", null, null, List.of(), false, null));

        assertThatThrownBy(() -> plugin.shopStarted(context)).hasMessageStartingWith("warmScore:");
        assertThatThrownBy(() -> plugin.capture(lead, context)).hasMessageStartingWith("warmScore:");
    }
}
