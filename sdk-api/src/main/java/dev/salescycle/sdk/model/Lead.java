package dev.salescycle.sdk.model;

import java.util.List;
import java.util.Objects;

/**
 * A prospect as the storefront reported it.
 *
 * @param email the e-mail address, as given
 * @param name the name, or null
 * @param source where the lead came from (for example {@code newsletter}, {@code checkout}, {@code ad}), or null
 * @param interests topics the prospect chose; never null
 * @param marketingConsent whether the prospect agreed to marketing messages
 * @param visitorId the storefront's visitor id, or null
 * @since 1.0.0
 */
public record Lead(String email, String name, String source, List<String> interests,
                   boolean marketingConsent, String visitorId) {

    /**
     * Checks the lead; null interests count as none.
     *
     * @throws NullPointerException if {@code email} is null
     */
    public Lead {
        Objects.requireNonNull(email, "email");
        interests = interests == null ? List.of() : List.copyOf(interests);
    }
}
