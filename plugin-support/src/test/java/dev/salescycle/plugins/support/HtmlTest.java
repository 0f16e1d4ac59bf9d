package dev.salescycle.plugins.support;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(10)
class HtmlTest {

    @Test
    void replacesEachCharacterThatCanEndTextOrAQuotedAttribute() {
        assertThat(Html.escape("<a href='x' title=\"y\">&</a>"))
                .isEqualTo("&lt;a href=&#39;x&#39; title=&quot;y&quot;&gt;&amp;&lt;/a&gt;");
        assertThat(Html.escape("Grüße — 5 €")).isEqualTo("Grüße — 5 €");
    }
}
