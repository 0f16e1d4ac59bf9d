package dev.salescycle.bench.edge;

import dev.salescycle.host.access.Audience;
import dev.salescycle.host.access.Caller;
import dev.salescycle.host.access.Gatekeeper;
import dev.salescycle.host.access.RateClass;
import dev.salescycle.host.access.SecurityHeaders;
import dev.salescycle.host.admin.AdminToken;
import dev.salescycle.host.config.ConfigLoader;
import dev.salescycle.host.config.HostConfig;
import dev.salescycle.host.config.ShopConfig;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.lang.reflect.Proxy;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * What the HTTP edge adds to a browser's {@code POST /cart/evaluate}, per request: the security headers and the
 * gatekeeper's admission, with the shop's CORS allowlist and rate limits off (no {@code Origin}, buckets off)
 * and on (an allowed {@code Origin}, a token from the client's bucket and the shop's, the {@code RateLimit-*}
 * headers), for clients drawn from 1,000 addresses. Request and response are small stand-ins that answer the
 * few calls the edge makes (a dynamic proxy each, which if anything adds to the figure).
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
@State(Scope.Benchmark)
public class EdgeBenchmark {

    @Param({"off", "on"})
    public String edge;

    private Gatekeeper gate;
    private ShopConfig shop;
    private HttpServletRequest request;
    private HttpServletResponse response;
    private final String[] clients = new String[1000];
    private int next;

    @Setup
    public void setUp() {
        boolean on = edge.equals("on");
        HostConfig config = new ConfigLoader(name -> null).parse("bench.yaml", """
                host:
                  rateLimits: %s
                shops:
                  bench:
                    currency: EUR
                    allowedOrigins: [ "https://bench.example" ]
                    plugins: []
                """.formatted(on ? "{ browser: { perClient: 100000000/1m, perShop: 100000000/1m } }" : "{ enabled: false }"));
        shop = config.shops().get("bench");
        gate = new Gatekeeper(new AdminToken(null), config.host().edge());
        Map<String, String> headers = on ? Map.of("Origin", "https://bench.example", "Host", "127.0.0.1:8080")
                : Map.of("Host", "127.0.0.1:8080");
        request = (HttpServletRequest) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {HttpServletRequest.class}, (proxy, method, args) -> switch (method.getName()) {
                    case "getHeader" -> headers.get((String) args[0]);
                    case "getScheme" -> "http";
                    default -> null;
                });
        response = (HttpServletResponse) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {HttpServletResponse.class}, (proxy, method, args) -> null);
        for (int i = 0; i < clients.length; i++) {
            clients[i] = "10.0." + (i / 250) + "." + (i % 250);
        }
    }

    @Benchmark
    public Caller browserRequest() {
        SecurityHeaders.apply(response);
        String client = clients[next++ % clients.length];
        return gate.admit(Audience.BROWSER, RateClass.BROWSER, shop, client, request, response);
    }
}
