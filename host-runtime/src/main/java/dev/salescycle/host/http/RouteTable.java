package dev.salescycle.host.http;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The declared routes; finds the one a method and path name, or the methods the path takes. */
final class RouteTable {

    /**
     * What a path and method found.
     *
     * @param route the route, or null when the path exists but not for this method
     * @param params the captured segments
     * @param allow the methods the path takes, for {@code Allow}
     */
    record Match(Route route, Map<String, String> params, String allow) {
    }

    private record Entry(Route route, String[] segments) {
    }

    private final List<Entry> entries = new ArrayList<>();

    RouteTable add(Route route) {
        entries.add(new Entry(route, route.segments()));
        return this;
    }

    List<Route> routes() {
        return entries.stream().map(Entry::route).toList();
    }

    /** The route for the method (HEAD as GET) and path, a match without route (405), or null (404). */
    Match find(String method, String[] path) {
        String wanted = method.equals("HEAD") ? "GET" : method;
        Set<String> methods = null;
        for (Entry e : entries) {
            if (!matches(e.segments(), path)) {
                continue;
            }
            if (e.route().method().equals(wanted)) {
                return new Match(e.route(), params(e.segments(), path), null);
            }
            if (methods == null) {
                methods = new LinkedHashSet<>();
            }
            methods.add(e.route().method());
        }
        return methods == null ? null : new Match(null, Map.of(), allow(methods));
    }

    /** The methods a path takes, or null if no route has it. */
    String allowed(String[] path) {
        Set<String> methods = new LinkedHashSet<>();
        entries.stream().filter(e -> matches(e.segments(), path)).forEach(e -> methods.add(e.route().method()));
        return methods.isEmpty() ? null : allow(methods);
    }

    /** The first route of the path, for what all its methods share (its audience). */
    Match any(String[] path) {
        for (Entry e : entries) {
            if (matches(e.segments(), path)) {
                return new Match(e.route(), params(e.segments(), path), allowed(path));
            }
        }
        return null;
    }

    private static String allow(Set<String> methods) {
        List<String> out = new ArrayList<>(methods);
        if (methods.contains("GET")) {
            out.add(out.indexOf("GET") + 1, "HEAD");
        }
        return String.join(", ", out);
    }

    private static boolean matches(String[] pattern, String[] path) {
        if (pattern.length != path.length) {
            return false;
        }
        for (int i = 0; i < pattern.length; i++) {
            if (!pattern[i].startsWith("{") && !pattern[i].equals(path[i])) {
                return false;
            }
        }
        return true;
    }

    private static Map<String, String> params(String[] pattern, String[] path) {
        Map<String, String> params = null;
        for (int i = 0; i < pattern.length; i++) {
            if (pattern[i].startsWith("{")) {
                if (params == null) {
                    params = new HashMap<>(4);
                }
                params.put(pattern[i].substring(1, pattern[i].length() - 1), path[i]);
            }
        }
        return params == null ? Map.of() : params;
    }
}
