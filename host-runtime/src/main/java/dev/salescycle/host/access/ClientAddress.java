package dev.salescycle.host.access;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Set;

/**
 * The address a request comes from: the socket's, unless the socket is one of {@code host.trustedProxies}; then
 * the last address in {@code X-Forwarded-For} that is not itself a trusted proxy (addresses before it could be
 * written by anyone).
 */
public final class ClientAddress {

    private final Set<String> proxies;

    public ClientAddress(List<String> trustedProxies) {
        this.proxies = Set.copyOf(trustedProxies);
    }

    public String of(HttpServletRequest request) {
        String socket = request.getRemoteAddr();
        if (proxies.isEmpty() || !proxies.contains(socket)) {
            return socket;
        }
        String forwarded = request.getHeader("X-Forwarded-For");
        if (forwarded == null) {
            return socket;
        }
        String[] hops = forwarded.split(",");
        for (int i = hops.length - 1; i >= 0; i--) {
            String hop = hops[i].strip();
            if (!hop.isEmpty() && !proxies.contains(hop)) {
                return hop.length() > 45 ? hop.substring(0, 45) : hop;
            }
        }
        return socket;
    }
}
