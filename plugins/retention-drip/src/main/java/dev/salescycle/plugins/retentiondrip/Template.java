package dev.salescycle.plugins.retentiondrip;

import java.util.Arrays;
import java.util.Optional;

/** The message templates of a drip step. */
enum Template {
    /** Thanks right after the order; about the order itself, so not marketing. */
    WELCOME("welcome", false),
    REVIEW_REQUEST("review-request", true),
    WIN_BACK("win-back", true),
    EDUCATION("education", true);

    private final String id;
    private final boolean marketing;

    Template(String id, boolean marketing) {
        this.id = id;
        this.marketing = marketing;
    }

    String id() {
        return id;
    }

    boolean marketing() {
        return marketing;
    }

    static Optional<Template> byId(String id) {
        return Arrays.stream(values()).filter(t -> t.id.equals(id)).findFirst();
    }

    static String ids() {
        return String.join(", ", Arrays.stream(values()).map(Template::id).toList());
    }
}
