package dev.salescycle.bench.http;

import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordingFile;

/**
 * Where the host's CPU goes on {@code POST /cart/evaluate}: reads a flight recording of the host under load and
 * prints, for the parts of the path, the share of the CPU samples of threads serving a cart request that were
 * inside that part (a part inside another counts in both). Record with a stack depth that reaches from the
 * plugin's innermost call up to the servlet (256), or deep stacks are cut and left out.
 *
 * <pre>java -cp bench/target/benchmarks.jar dev.salescycle.bench.http.HttpComparison --connections 16 --fractions "" \
 *     --host-flags "-XX:+UnlockDiagnosticVMOptions -XX:+DebugNonSafepoints -XX:FlightRecorderOptions:stackdepth=256
 *     -XX:StartFlightRecording=filename=host.jfr,settings=profile"
 * java -cp bench/target/benchmarks.jar dev.salescycle.bench.http.ProfileSummary bench/target/http-run/host.jfr</pre>
 */
public final class ProfileSummary {

    /** The parts, as a method (class simple name and method name) that the samples' stacks must hold. */
    private static final Map<String, String> PARTS = new LinkedHashMap<>();

    static {
        PARTS.put("the servlet, all of it", "ApiServlet.service");
        PARTS.put("  read the body", "Bodies.read");
        PARTS.put("  parse the cart (Jackson tree + checks)", "ShopRoutes.body|RequestReaders.cart");
        PARTS.put("  hook run: dispatch, plugins, the answer written on completion", "HookRun.runFrom");
        PARTS.put("    plugin calls", "HookRun.step");
        PARTS.put("      conversion-offers", "ConversionOffers.offers");
        PARTS.put("        first-order offer (looks the customer up)", "FirstOrderOffer.offer");
        PARTS.put("        its settings, read on every call", "OfferSettings.read");
        PARTS.put("      co-purchase-upsell", "CoPurchaseUpsell.recommend");
        PARTS.put("      the store (H2 through JDBC), any caller", "JdbcStore.customer|JdbcStore.ordersOf");
        PARTS.put("    the sink (merge, checks)", "CartSink.returned");
        PARTS.put("  write the answer", "ShopRoutes.lambda$handle");
        PARTS.put("    make the JSON", "Views.evaluation");
        PARTS.put("    hand it to Jetty", "Answers.bytes");
    }

    private ProfileSummary() {
    }

    public static void main(String[] args) throws IOException {
        List<RecordedEvent> events = RecordingFile.readAllEvents(Path.of(args[0]));
        Map<String, Integer> hits = new LinkedHashMap<>();
        int all = 0;
        int requests = 0;
        for (RecordedEvent event : events) {
            if (!event.getEventType().getName().equals("jdk.ExecutionSample") || event.getStackTrace() == null) {
                continue;
            }
            all++;
            String stack = stack(event.getStackTrace().getFrames());
            if (!stack.contains("|ShopRoutes.handle|") || stack.contains("|ShopRoutes.importOrders|")
                    || stack.contains("|ShopRoutes.products|")) {
                continue;
            }
            requests++;
            PARTS.forEach((name, methods) -> {
                for (String method : methods.split("\\|")) {
                    if (stack.contains("|" + method)) {
                        hits.merge(name, 1, Integer::sum);
                        return;
                    }
                }
            });
        }
        System.out.printf(Locale.ROOT, "%d CPU samples, %d in cart requests (the shares below are of those)%n%n", all,
                requests);
        System.out.println("| part of POST /cart/evaluate | share of its CPU samples |\n|---|---|");
        for (String name : PARTS.keySet()) {
            System.out.printf(Locale.ROOT, "| %s | %.1f%% |%n", name.replace("  ", "&nbsp;&nbsp;"),
                    100.0 * hits.getOrDefault(name, 0) / Math.max(1, requests));
        }
    }

    private static String stack(List<RecordedFrame> frames) {
        StringBuilder out = new StringBuilder("|");
        for (RecordedFrame frame : frames) {
            String type = frame.getMethod().getType().getName();
            out.append(type.substring(type.lastIndexOf('.') + 1)).append('.').append(frame.getMethod().getName()).append('|');
        }
        return out.toString();
    }
}
