package dev.salescycle.samples.storefront;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.util.function.Supplier;

/**
 * The headers of every answer: a strict Content-Security-Policy that lets in scripts and calls from the shop and the
 * Salescycle host only, and nothing inline.
 */
final class SitePolicy implements Filter {

    private final Supplier<String> hostOrigin;

    SitePolicy(Supplier<String> hostOrigin) {
        this.hostOrigin = hostOrigin;
    }

    /** @return the policy for pages that load the loader and components from {@code host} */
    static String policy(String host) {
        return "default-src 'self'; script-src 'self' " + host + "; connect-src 'self' " + host
                + "; style-src 'self'; img-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self';"
                + " frame-ancestors 'none'";
    }

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        HttpServletResponse answer = (HttpServletResponse) response;
        answer.setHeader("Content-Security-Policy", policy(hostOrigin.get()));
        answer.setHeader("X-Content-Type-Options", "nosniff");
        answer.setHeader("Referrer-Policy", "no-referrer");
        answer.setHeader("Cache-Control", "no-cache");
        chain.doFilter(request, response);
    }
}
