package dev.salescycle.plugins.leadscoring;

import dev.salescycle.sdk.settings.SettingSpec;
import dev.salescycle.sdk.settings.SettingType;
import dev.salescycle.sdk.settings.Settings;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** The settings this plugin declares, and how they become {@link ScoringRules}. */
final class LeadSettings {

    static final String BLOCKED_DOMAINS = "blockedDomains";
    static final String SOURCE_SCORES = "sourceScores";
    static final String INTEREST_SCORE = "interestScore";
    static final String MAX_INTEREST_SCORE = "maxInterestScore";
    static final String CONSENT_BONUS = "consentBonus";
    static final String HOT_SCORE = "hotScore";
    static final String WARM_SCORE = "warmScore";

    private LeadSettings() {
    }

    static List<SettingSpec> specs() {
        return List.of(
                SettingSpec.of(BLOCKED_DOMAINS, SettingType.STRING_LIST,
                        "mailinator.com,guerrillamail.com,10minutemail.com,yopmail.com,trashmail.com,temp-mail.org",
                        "Disposable e-mail domains to reject; their subdomains are rejected too."),
                SettingSpec.of(SOURCE_SCORES, SettingType.STRUCTURE, null,
                        "Points by lead source, merged over the defaults " + SourceScores.DEFAULTS
                                + "; 'other' applies to any source not listed."),
                SettingSpec.of(INTEREST_SCORE, SettingType.INTEGER, "5", "Points per interest.").range(0, 100),
                SettingSpec.of(MAX_INTEREST_SCORE, SettingType.INTEGER, "20",
                        "At most this many points for interests in all.").range(0, 1000),
                SettingSpec.of(CONSENT_BONUS, SettingType.INTEGER, "10",
                        "Points when the lead agreed to marketing messages.").range(0, 1000),
                SettingSpec.of(HOT_SCORE, SettingType.INTEGER, "60",
                        "A lead with at least this score is 'hot'.").range(0, 10000),
                SettingSpec.of(WARM_SCORE, SettingType.INTEGER, "30",
                        "A lead with at least this score (and below hotScore) is 'warm'; else 'cold'.").range(0, 10000));
    }

    /**
     * The rules for these settings.
     *
     * @throws IllegalArgumentException naming the setting when a value the host cannot check is wrong
     */
    static ScoringRules read(Settings settings) {
        return new ScoringRules(
                domains(settings.stringList(BLOCKED_DOMAINS)),
                SourceScores.parse(settings.structure(SOURCE_SCORES).orElse(null)),
                settings.integer(INTEREST_SCORE),
                settings.integer(MAX_INTEREST_SCORE),
                settings.integer(CONSENT_BONUS),
                settings.integer(HOT_SCORE),
                settings.integer(WARM_SCORE));
    }

    private static Set<String> domains(List<String> configured) {
        Set<String> domains = new LinkedHashSet<>();
        for (String domain : configured) {
            String clean = domain.trim().toLowerCase(Locale.ROOT).replaceFirst("^[@.]+", "");
            if (!clean.isEmpty()) {
                domains.add(clean);
            }
        }
        return domains;
    }
}
