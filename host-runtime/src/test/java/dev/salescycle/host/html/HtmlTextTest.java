package dev.salescycle.host.html;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(10)
class HtmlTextTest {

    @Test
    void replacesEachCharacterThatCanEndTextOrAQuotedAttribute() {
        assertThat(HtmlText.escape("<a href='x' title=\"y\">&</a>"))
                .isEqualTo("&lt;a href=&#39;x&#39; title=&quot;y&quot;&gt;&amp;&lt;/a&gt;");
    }

    @Test
    void leavesOtherTextAloneIncludingNonAsciiAndEntitiesItWouldOtherwiseRead() {
        assertThat(HtmlText.escape("Grüße, Zoë — 5 € ☕")).isEqualTo("Grüße, Zoë — 5 € ☕");
        assertThat(HtmlText.escape("")).isEmpty();
        assertThat(HtmlText.escape("&lt;")).as("escaped once more, so it shows as typed").isEqualTo("&amp;lt;");
    }
}
