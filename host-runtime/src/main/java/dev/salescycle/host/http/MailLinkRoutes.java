package dev.salescycle.host.http;

import dev.salescycle.host.access.Audience;
import dev.salescycle.host.access.RateClass;
import dev.salescycle.host.access.SecurityHeaders;
import dev.salescycle.host.html.HtmlText;
import dev.salescycle.host.mail.InvalidTokenException;
import dev.salescycle.host.mail.MailLinks;
import dev.salescycle.host.mail.PageTokens;
import dev.salescycle.host.mail.TrackingToken;
import dev.salescycle.host.mail.UnsubscribeToken;
import dev.salescycle.host.service.ConsentService;
import dev.salescycle.host.service.AttributionService;
import dev.salescycle.host.service.FunnelRecorder;
import dev.salescycle.host.store.FunnelEventType;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * The links in mails, reached by mail programs and browsers without a secret of their own, each with a signed
 * token: unsubscribe ({@code GET} shows a page with a button, {@code POST} unsubscribes: the button, and the
 * one-click unsubscribe of RFC 8058 that mail programs send from the {@code List-Unsubscribe} header; link
 * scanners that follow every link thus unsubscribe nobody), the confirmation of a lead's marketing consent
 * (the same shape), and the open pixel and click redirect. A missing, forged, altered or expired token is a 400
 * with the usual JSON error.
 */
public final class MailLinkRoutes {

    private static final byte[] PIXEL = Base64.getDecoder().decode("R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7");

    private final MailLinks links;
    private final PageTokens pageTokens;
    private final ConsentService consent;
    private final FunnelRecorder funnel;
    private final AttributionService attribution;

    public MailLinkRoutes(MailLinks links, PageTokens pageTokens, ConsentService consent, FunnelRecorder funnel,
                          AttributionService attribution) {
        this.links = links;
        this.pageTokens = pageTokens;
        this.consent = consent;
        this.funnel = funnel;
        this.attribution = attribution;
    }

    void register(RouteTable table) {
        table.add(route("GET", MailLinks.UNSUBSCRIBE_PATH, x -> {
            UnsubscribeToken token = unsubscribeToken(x);
            page(x, "Unsubscribe", "Unsubscribe " + HtmlText.escape(token.email()) + " from the marketing e-mails of "
                    + HtmlText.escape(token.shopId()) + "?", "Unsubscribe");
        })).add(route("POST", MailLinks.UNSUBSCRIBE_PATH, x -> {
            UnsubscribeToken token = unsubscribeToken(x);
            consent.unsubscribe(token.shopId(), token.email(), x.request().getContentType() != null
                    && x.request().getContentType().startsWith("application/x-www-form-urlencoded")
                    && x.query().get("page") == null ? "one-click" : "link");
            page(x, "Unsubscribed", HtmlText.escape(token.email()) + " will get no more marketing e-mails from "
                    + HtmlText.escape(token.shopId()) + ".", null);
        })).add(route("GET", MailLinks.CONFIRM_PATH, x -> {
            PageTokens.ConsentRequest request = consentToken(x);
            page(x, "Confirm your subscription", "Send offers and news of " + HtmlText.escape(request.shopId()) + " to "
                    + HtmlText.escape(request.email()) + "?", "Yes, subscribe me");
        })).add(route("POST", MailLinks.CONFIRM_PATH, x -> {
            PageTokens.ConsentRequest request = consentToken(x);
            consent.confirm(request);
            page(x, "Subscribed", HtmlText.escape(request.email()) + " will get offers and news from "
                    + HtmlText.escape(request.shopId()) + ". Every mail has a link to unsubscribe.", null);
        })).add(route("GET", MailLinks.PREFERENCES_PATH, this::preferences))
                .add(route("GET", MailLinks.OPEN_PATH, x -> track(x, false)))
                .add(route("GET", MailLinks.CLICK_PATH, x -> track(x, true)));
    }

    private static Route route(String method, String path, Route.Handler handler) {
        return new Route(method, path, Audience.BROWSER, RateClass.BROWSER, false, handler);
    }

    private UnsubscribeToken unsubscribeToken(Exchange x) {
        try {
            return links.unsubscribeTokens().verify(x.query().get("token"));
        } catch (InvalidTokenException e) {
            throw new RequestException(400, "invalid_token", e.getMessage(), "token");
        }
    }

    private PageTokens.ConsentRequest consentToken(Exchange x) {
        try {
            return pageTokens.verifyConsent(x.query().get("token"));
        } catch (InvalidTokenException e) {
            throw new RequestException(400, "invalid_token", e.getMessage(), "token");
        }
    }

    /**
     * The preference page a thank-you page links to: the address's marketing consent at the shop, read only, and
     * unless it unsubscribed, the unsubscribe button, which posts to the unsubscribe address with the same token.
     */
    private void preferences(Exchange x) throws IOException {
        UnsubscribeToken token = unsubscribeToken(x);
        ConsentService.Preferences state = consent.preferences(token.shopId(), token.email());
        String email = HtmlText.escape(token.email());
        String shop = HtmlText.escape(token.shopId());
        String text = "Marketing e-mails (offers and news) of " + shop + " to " + email + ": "
                + (state.unsubscribed() ? "none; this address unsubscribed."
                : state.consent() ? "you agreed to receive them. Every one has a link to unsubscribe."
                : "none; you have not agreed to receive them.");
        page(x, "E-mail preferences", text, state.unsubscribed() ? null : "Unsubscribe from marketing e-mails",
                "unsubscribe");
    }

    /** A small page; with a button, it posts back to the same address (the token stays in the query). */
    private static void page(Exchange x, String title, String text, String button) throws IOException {
        page(x, title, text, button, "");
    }

    /** A small page; with a button, it posts to {@code action} (relative to the page), the token in the query. */
    private static void page(Exchange x, String title, String text, String button, String action) throws IOException {
        StringBuilder html = new StringBuilder("<!doctype html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><title>")
                .append(HtmlText.escape(title)).append("</title></head>\n<body><h1>").append(HtmlText.escape(title))
                .append("</h1>\n<p>").append(text).append("</p>\n");
        if (button != null) {
            String target = action + "?token=" + java.net.URLEncoder.encode(x.query().get("token"), StandardCharsets.UTF_8) + "&page=1";
            html.append("<form method=\"post\" action=\"").append(HtmlText.escape(target)).append("\"><button type=\"submit\">")
                    .append(HtmlText.escape(button)).append("</button></form>\n");
        }
        x.response().setHeader("Content-Security-Policy", SecurityHeaders.PAGE_POLICY);
        Answers.bytes(x.response(), 200, "text/html;charset=utf-8", html.append("</body></html>\n").toString()
                .getBytes(StandardCharsets.UTF_8));
    }

    private void track(Exchange x, boolean click) throws IOException {
        TrackingToken token;
        try {
            token = links.trackingTokens().verify(x.query().get("token"));
        } catch (InvalidTokenException e) {
            throw new RequestException(400, "invalid_token", e.getMessage(), "token");
        }
        if (token.click() != click) {
            throw new RequestException(400, "invalid_token", "the tracking token is for the other endpoint", "token");
        }
        funnel.record(token.shopId(), click ? FunnelEventType.MESSAGE_CLICKED : FunnelEventType.MESSAGE_OPENED,
                Long.toString(token.messageId()), token.pluginId());
        attribution.mailTouched(token.shopId(), token.messageId(), token.pluginId(), click);
        if (click) {
            x.response().setHeader("Location", token.url());
            Answers.bytes(x.response(), 302, "text/plain;charset=utf-8", new byte[0]);
        } else {
            Answers.bytes(x.response(), 200, "image/gif", PIXEL);
        }
    }
}
