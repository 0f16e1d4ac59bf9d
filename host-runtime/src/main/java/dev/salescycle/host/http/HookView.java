package dev.salescycle.host.http;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.salescycle.host.dispatch.BoundHook;

/** One bound hook's order constraints, budget, counts and breaker state, as both {@code /admin/shops} and {@code /admin/plugins} show them. */
final class HookView {

    private HookView() {
    }

    static ObjectNode write(ObjectNode node, BoundHook hook) {
        node.set("runsBefore", Json.MAPPER.valueToTree(new java.util.TreeSet<>(hook.hook().runsBefore())));
        node.set("runsAfter", Json.MAPPER.valueToTree(new java.util.TreeSet<>(hook.hook().runsAfter())));
        return node.put("hook", hook.kind().label()).put("budgetMillis", hook.budgetNanos() / 1_000_000.0)
                .put("calls", hook.stats().calls()).put("errors", hook.stats().errors())
                .put("timeouts", hook.stats().timeouts()).put("skips", hook.stats().skips())
                .put("stuck", hook.stats().stuck()).put("breaker", hook.stats().breakerState().name());
    }
}
