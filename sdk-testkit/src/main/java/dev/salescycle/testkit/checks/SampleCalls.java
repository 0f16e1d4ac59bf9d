package dev.salescycle.testkit.checks;

import dev.salescycle.sdk.PluginContext;
import dev.salescycle.sdk.SalesCycleHook;
import dev.salescycle.testkit.PluginUnderTest;
import dev.salescycle.testkit.TestPluginContext;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Calls each hook of a loaded plugin once with the sample shop's data and its declared defaults, after
 * {@code shopStarted}, and judges each answer as the host would: within budget, no exception, no bad answer.
 */
final class SampleCalls {

    static final String LIFECYCLE = "lifecycle callbacks (shopStarted, orderRecorded, orderPlaced)";

    /** A first call may pay for class loading and JIT; a sound hook answers within budget by the third. */
    private static final int ATTEMPTS = 3;
    /**
     * How many calls of one plugin the host lets stay stuck past their budget before it stops calling the plugin
     * (the host's BoundHook.MAX_STUCK, which is not public; a test keeps the two equal).
     */
    static final int HOST_STUCK_CAP = 2;
    /** Calls slower than this are not retried: no warm-up explains them. */
    private static final Duration RETRY_CEILING = Duration.ofSeconds(1);

    private final Duration budget;
    private final Duration hangLimit;
    private final Map<String, Object> settings;

    SampleCalls(Duration budget, Duration hangLimit, Map<String, Object> settings) {
        this.budget = budget;
        this.hangLimit = hangLimit;
        this.settings = settings;
    }

    List<CheckResult> run(PluginUnderTest plugin) {
        TestPluginContext.Builder builder = plugin.context().orders(Samples.history());
        Samples.products().forEach(builder::product);
        settings.forEach(builder::setting);
        PluginContext context;
        try {
            context = builder.build();
        } catch (IllegalArgumentException e) {
            return List.of(CheckResult.failed(PluginChecks.SAMPLE_CALLS, "not run: the sample settings do not match "
                    + "the declared specs (" + e.getMessage() + "); fix the sample values"));
        }
        List<CheckResult> results = new ArrayList<>();
        String startProblem = LifecycleCallbacks.shopStarted(plugin, context);
        for (SalesCycleHook hook : plugin.hooks()) {
            for (SampleCall call : SampleCall.values()) {
                if (call.appliesTo(hook)) {
                    results.add(call(plugin, hook, call, context));
                }
            }
        }
        String problem = startProblem != null ? startProblem : LifecycleCallbacks.orderRecorded(plugin, context);
        if (problem == null) {
            problem = LifecycleCallbacks.orderPlaced(plugin, context);
        }
        results.add(0, problem == null ? CheckResult.passed(LIFECYCLE) : CheckResult.failed(LIFECYCLE, problem));
        return results;
    }

    static String name(SalesCycleHook hook, SampleCall call) {
        return "sample call " + call.label() + " (" + hook.getClass().getSimpleName() + ")";
    }

    private CheckResult call(PluginUnderTest plugin, SalesCycleHook hook, SampleCall call, PluginContext context) {
        String name = name(hook, call);
        long best = Long.MAX_VALUE;
        int made = 0;
        while (made < ATTEMPTS) {
            TimedCall.Attempt attempt = TimedCall.run(() -> call.call(hook, context), plugin.classLoader(), hangLimit);
            made += 1;
            if (!attempt.returned()) {
                return CheckResult.failed(name, call.label() + " did not return within " + hangLimit.toMillis()
                        + " ms: the host abandons a call at its budget of " + budget.toMillis() + " ms, answers without "
                        + "the plugin, and stops calling the plugin while " + HOST_STUCK_CAP + " of its calls are "
                        + "stuck; never block in a hook call");
            }
            if (attempt.error() != null) {
                return CheckResult.failed(name, call.label() + " threw " + TimedCall.describe(attempt.error())
                        + ": the host drops the plugin's contribution and lists it under 'skipped'; return an empty "
                        + "answer for input you cannot handle");
            }
            String problem = call.problem(attempt.value());
            if (problem != null) {
                return CheckResult.failed(name, call.label() + " " + problem);
            }
            if (attempt.nanos() <= budget.toNanos()) {
                return CheckResult.passed(name);
            }
            best = Math.min(best, attempt.nanos());
            if (attempt.nanos() > RETRY_CEILING.toNanos()) {
                break;
            }
        }
        return CheckResult.failed(name, call.label() + " took " + best / 1_000_000 + " ms at best in " + made
                + " call(s), over the " + budget.toMillis() + " ms budget: the host abandons such calls and answers "
                + "without the plugin; move slow work (learning a model, remote calls) to shopStarted or orderRecorded "
                + "and keep the hook call to a lookup");
    }
}
