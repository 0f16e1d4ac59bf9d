package dev.salescycle.samples.storefront;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.function.Supplier;
import java.util.regex.Pattern;

/**
 * The shop's HTML pages, as written, except that the loader's host ({@value SampleShopSettings#DEFAULT_HOST} in
 * the files) becomes the configured one (with its path, for a host mounted under one): what a shop does when it
 * writes its host into its templates.
 */
final class PageServlet extends HttpServlet {

    private static final Pattern PAGE = Pattern.compile("/[a-z0-9-]{1,40}\\.html");

    private final transient Supplier<String> hostBase;

    PageServlet(Supplier<String> hostBase) {
        this.hostBase = hostBase;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = request.getServletPath() + (request.getPathInfo() == null ? "" : request.getPathInfo());
        if (path.isEmpty() || path.equals("/")) {
            path = "/index.html";
        }
        InputStream in = PAGE.matcher(path).matches()
                ? PageServlet.class.getClassLoader().getResourceAsStream("site" + path) : null;
        if (in == null) {
            response.sendError(404);
            return;
        }
        String page;
        try (in) {
            page = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        byte[] bytes = page.replace(SampleShopSettings.DEFAULT_HOST, hostBase.get()).getBytes(StandardCharsets.UTF_8);
        response.setContentType("text/html");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.setContentLength(bytes.length);
        response.getOutputStream().write(bytes);
    }
}
