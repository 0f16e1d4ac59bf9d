package dev.salescycle.host.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Blocks as a hostile plugin (or a customer's name within them) could make them: nothing of it may run. */
@Timeout(10)
class ThankYouHtmlTest {

    private static final String PAYLOAD = "<script>steal()</script><img src=x onerror=steal()>\"'><svg/onload=steal()>";

    @Test
    void textFromEveryFieldOfEveryBlockTypeIsShownAsText() throws Exception {
        StringBuilder blocks = new StringBuilder("[");
        for (String type : new String[] {"HEADING", "TEXT", "COUPON", "REFERRAL", "LINK", "IMAGE", "UNKNOWN\"><b"}) {
            blocks.append(blocks.length() > 1 ? "," : "").append(block(type, "https://shop.example/ok"));
        }
        String html = ThankYouHtml.render(json(blocks.append("]").toString()));

        assertThat(html).doesNotContain("<script", "<img src=x", "<svg", "\"'>", "<b")
                .contains("&lt;script&gt;steal()&lt;/script&gt;", "&quot;&#39;&gt;&lt;svg/onload=steal()&gt;")
                .contains("href=\"https://shop.example/ok\"");
    }

    @Test
    void linksAndImagesTakeOnlyWebAndRelativeAddresses() throws Exception {
        for (String url : new String[] {"javascript:steal()", " JAVASCRIPT:steal()", "data:text/html,<script>steal()</script>",
                "//evil.example/x", "vbscript:steal"}) {
            String html = ThankYouHtml.render(json("[" + block("LINK", url) + "," + block("IMAGE", url) + "]"));
            assertThat(html).as(url).doesNotContain("steal()\"", "evil.example", "vbscript").contains("href=\"\"", "src=\"\"");
        }
        String relative = ThankYouHtml.render(json("[" + block("LINK", "/account?a=1&b=\"2\"") + "]"));
        assertThat(relative).contains("href=\"/account?a=1&amp;b=&quot;2&quot;\"");
    }

    @Test
    void anHtmlBlockKeepsFormattingAndLinksAndLosesWhatRuns() throws Exception {
        ObjectMapper mapper = new ObjectMapper();
        String text = "<p onclick=\"steal()\"><b>Thanks</b> <a href=\"https://shop.example/\">shop</a>"
                + " <a href=\"javascript:steal()\">x</a></p><script>steal()</script><iframe src=\"https://evil.example\"></iframe>";
        String html = ThankYouHtml.render(json("[" + mapper.createObjectNode().put("type", "HTML").put("text", text)
                .put("plugin", "p") + "]"));

        assertThat(html).contains("<b>Thanks</b>", "https://shop.example/")
                .doesNotContain("steal", "<script", "iframe", "evil.example", "onclick");
    }

    private static String block(String type, String url) {
        return new ObjectMapper().createObjectNode().put("type", type).put("title", PAYLOAD).put("text", PAYLOAD)
                .put("code", PAYLOAD).put("url", url).put("plugin", PAYLOAD).toString();
    }

    private static JsonNode json(String text) throws Exception {
        return new ObjectMapper().readTree(text);
    }
}
