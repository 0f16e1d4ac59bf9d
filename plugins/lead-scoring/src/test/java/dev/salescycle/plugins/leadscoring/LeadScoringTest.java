package dev.salescycle.plugins.leadscoring;

import static org.assertj.core.api.Assertions.assertThat;

import dev.salescycle.sdk.model.Lead;
import dev.salescycle.sdk.model.LeadOutcome;
import dev.salescycle.sdk.model.ScoredLead;
import dev.salescycle.testkit.InMemoryPluginState;
import dev.salescycle.testkit.TestPluginContext;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Timeout;

@Timeout(120)
class LeadScoringTest {

    private final LeadScoring plugin = new LeadScoring();

    private static Lead lead(String email, String source, List<String> interests, boolean consent) {
        return new Lead(email, "Anna", source, interests, consent, null);
    }

    private static Lead lead(String email) {
        return lead(email, null, List.of(), false);
    }

    private LeadOutcome capture(Lead lead, TestPluginContext context) {
        return plugin.capture(ScoredLead.of(lead), context);
    }

    private LeadOutcome capture(Lead lead) {
        return capture(lead, TestPluginContext.forHook(plugin).build());
    }

    @ParameterizedTest
    @CsvSource(nullValues = "null", value = {
            "referral, 30", "checkout, 25", "newsletter, 15", "ad, 10", "other, 5",
            "null, 5", "'', 5", "podcast, 5", "REFERRAL, 30", "' Ad ', 10"})
    void scoresTheSourceWithTheDefaultPoints(String source, int expected) {
        LeadOutcome outcome = capture(lead("anna@example.com", source, List.of(), false));

        assertThat(outcome.lead().score()).isEqualTo(expected);
    }

    @Test
    void addsFivePointsPerInterestUpToTwentyByDefault() {
        assertThat(capture(lead("a@example.com", "ad", List.of("coffee", "tea"), false)).lead().score())
                .isEqualTo(10 + 10);
        assertThat(capture(lead("a@example.com", "ad", List.of("a", "b", "c", "d", "e", "f"), false)).lead().score())
                .isEqualTo(10 + 20);
    }

    @Test
    void addsTenPointsForMarketingConsentByDefault() {
        assertThat(capture(lead("a@example.com", "ad", List.of(), true)).lead().score()).isEqualTo(20);
    }

    @Test
    void addsToTheScoreOfThePluginsBefore() {
        ScoredLead incoming = ScoredLead.of(lead("a@example.com", "ad", List.of(), false)).withScore(42);

        LeadOutcome outcome = plugin.capture(incoming, TestPluginContext.forHook(plugin).build());

        assertThat(outcome.lead().score()).isEqualTo(52);
    }

    @ParameterizedTest
    @CsvSource({"25, cold", "29, cold", "30, warm", "59, warm", "60, hot", "125, hot"})
    void sortsIntoHotWarmOrColdBySixtyAndThirtyByDefault(int total, String tier) {
        int referralPoints = 30;
        ScoredLead lead = ScoredLead.of(lead("a@example.com", "referral", List.of(), false))
                .withScore(total - referralPoints);

        LeadOutcome outcome = plugin.capture(lead, TestPluginContext.forHook(plugin).build());

        assertThat(outcome.lead().score()).isEqualTo(total);
        assertThat(outcome.lead().segments()).first().isEqualTo(tier);
    }

    @Test
    void aReferralWithConsentAndFourInterestsIsHot() {
        LeadOutcome outcome = capture(lead("a@example.com", "referral", List.of("a", "b", "c", "d"), true));

        assertThat(outcome.lead().score()).isEqualTo(60);
        assertThat(outcome.lead().segments()).contains("hot");
    }

    @Test
    void addsOneSegmentPerDistinctInterest() {
        LeadOutcome outcome = capture(lead("a@example.com", "ad",
                List.of("Coffee", " cold  brew ", "coffee", "", "x".repeat(61)), false));

        assertThat(outcome.lead().segments()).containsExactly("cold", "interest:coffee", "interest:cold-brew");
        assertThat(outcome.lead().score()).isEqualTo(10 + 2 * 5);
    }

    @Test
    void considersAtMostTwentyInterests() {
        List<String> many = java.util.stream.IntStream.range(0, 50).mapToObj(i -> "topic" + i).toList();

        LeadOutcome outcome = capture(lead("a@example.com", "ad", many, false));

        assertThat(outcome.lead().segments()).filteredOn(s -> s.startsWith("interest:")).hasSize(20);
    }

    @Test
    void addsTheDomainAndNormalizedAddressAsAttributes() {
        LeadOutcome outcome = capture(lead("  Anna@Example.COM "));

        assertThat(outcome.lead().attributes())
                .containsEntry("emailDomain", "example.com")
                .containsEntry("normalizedEmail", "anna@example.com")
                .doesNotContainKey("duplicate");
        assertThat(outcome.lead().lead().email()).isEqualTo("  Anna@Example.COM ");
    }

    @Test
    void keepsSegmentsAndAttributesOfThePluginsBefore() {
        ScoredLead incoming = ScoredLead.of(lead("a@example.com")).withSegments(java.util.Set.of("vip"))
                .withAttribute("country", "DE");

        LeadOutcome outcome = plugin.capture(incoming, TestPluginContext.forHook(plugin).build());

        assertThat(outcome.lead().segments()).startsWith("vip").contains("cold");
        assertThat(outcome.lead().attributes()).containsEntry("country", "DE");
    }

    @Test
    void rejectsAMalformedAddressWithAClearReason() {
        LeadOutcome outcome = capture(lead("not-an-address"));

        assertThat(outcome.rejected()).isTrue();
        assertThat(outcome.rejectReason()).isEqualTo("invalid e-mail address");
    }

    @Test
    void rejectsDefaultDisposableDomainsAndTheirSubdomains() {
        assertThat(capture(lead("x@mailinator.com")).rejectReason()).isEqualTo("disposable e-mail domain: mailinator.com");
        assertThat(capture(lead("x@GuerrillaMail.com")).rejected()).isTrue();
        assertThat(capture(lead("x@10minutemail.com")).rejected()).isTrue();
        assertThat(capture(lead("x@eu.mailinator.com")).rejected()).isTrue();
        assertThat(capture(lead("x@notmailinator.com")).rejected()).isFalse();
    }

    @Test
    void blockedDomainsReplacesTheDefaultList() {
        TestPluginContext context = TestPluginContext.forHook(plugin)
                .setting("blockedDomains", List.of(" @Spam.Test ", "")).build();

        assertThat(capture(lead("x@spam.test"), context).rejectReason()).isEqualTo("disposable e-mail domain: spam.test");
        assertThat(capture(lead("x@mailinator.com"), context).rejected()).isFalse();
    }

    @Test
    void anEmptyBlockedDomainsListBlocksNothing() {
        TestPluginContext context = TestPluginContext.forHook(plugin).setting("blockedDomains", List.of()).build();

        assertThat(capture(lead("x@mailinator.com"), context).rejected()).isFalse();
    }

    @Test
    void aRepeatedAddressIsAcceptedAsAReturningDuplicate() {
        InMemoryPluginState state = new InMemoryPluginState();
        TestPluginContext context = TestPluginContext.forHook(plugin).state(state).build();

        LeadOutcome first = capture(lead("anna@example.com"), context);
        LeadOutcome again = capture(lead(" ANNA@example.com"), context);
        LeadOutcome other = capture(lead("bob@example.com"), context);

        assertThat(first.lead().segments()).doesNotContain("returning");
        assertThat(again.rejected()).isFalse();
        assertThat(again.lead().attributes()).containsEntry("duplicate", "true");
        assertThat(again.lead().segments()).contains("returning");
        assertThat(other.lead().attributes()).doesNotContainKey("duplicate");
        assertThat(state.snapshot()).containsEntry("seen:anna@example.com", TestPluginContext.DEFAULT_NOW.toString());
    }

    @Test
    void rejectedLeadsAreNotRemembered() {
        InMemoryPluginState state = new InMemoryPluginState();
        TestPluginContext context = TestPluginContext.forHook(plugin).state(state).build();

        capture(lead("x@mailinator.com"), context);
        capture(lead("broken@"), context);

        assertThat(state.snapshot()).isEmpty();
    }

    @Test
    void dedupesAddressesTooLongForAPlainStateKey() {
        InMemoryPluginState state = new InMemoryPluginState();
        TestPluginContext context = TestPluginContext.forHook(plugin).state(state).build();
        String longAddress = "a".repeat(64) + "@" + "b".repeat(63) + "." + "c".repeat(63) + "." + "d".repeat(50) + ".com";

        capture(lead(longAddress), context);
        LeadOutcome again = capture(lead(longAddress.toUpperCase()), context);

        assertThat(again.lead().attributes()).containsEntry("duplicate", "true");
        assertThat(state.snapshot().keySet()).allSatisfy(key -> assertThat(key).hasSizeLessThanOrEqualTo(200));
    }

    @Test
    void sourceScoresOverridesAndExtendsTheDefaults() {
        TestPluginContext context = TestPluginContext.forHook(plugin)
                .setting("sourceScores", Map.of("Referral", 50, "partner", "40", "other", 0)).build();

        assertThat(capture(lead("a@example.com", "referral", List.of(), false), context).lead().score()).isEqualTo(50);
        assertThat(capture(lead("a@example.com", "partner", List.of(), false), context).lead().score()).isEqualTo(40);
        assertThat(capture(lead("a@example.com", "ad", List.of(), false), context).lead().score()).isEqualTo(10);
        assertThat(capture(lead("a@example.com", "unknown", List.of(), false), context).lead().score()).isZero();
    }

    @Test
    void interestScoreAndMaxInterestScoreChangeTheInterestPoints() {
        TestPluginContext context = TestPluginContext.forHook(plugin)
                .setting("interestScore", 8).setting("maxInterestScore", 20).build();

        assertThat(capture(lead("a@example.com", "ad", List.of("a", "b"), false), context).lead().score())
                .isEqualTo(10 + 16);
        assertThat(capture(lead("a@example.com", "ad", List.of("a", "b", "c"), false), context).lead().score())
                .isEqualTo(10 + 20);
    }

    @Test
    void consentBonusChangesTheConsentPoints() {
        TestPluginContext context = TestPluginContext.forHook(plugin).setting("consentBonus", 25).build();

        assertThat(capture(lead("a@example.com", "ad", List.of(), true), context).lead().score()).isEqualTo(35);
    }

    @Test
    void hotScoreAndWarmScoreMoveTheThresholds() {
        TestPluginContext context = TestPluginContext.forHook(plugin)
                .setting("hotScore", 25).setting("warmScore", 10).build();

        assertThat(capture(lead("a@example.com", "checkout", List.of(), false), context).lead().segments())
                .first().isEqualTo("hot");
        assertThat(capture(lead("a@example.com", "ad", List.of(), false), context).lead().segments())
                .first().isEqualTo("warm");
        assertThat(capture(lead("a@example.com", "other", List.of(), false), context).lead().segments())
                .first().isEqualTo("cold");
    }
}
