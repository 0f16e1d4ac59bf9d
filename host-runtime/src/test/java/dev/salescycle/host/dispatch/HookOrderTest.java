package dev.salescycle.host.dispatch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.salescycle.host.config.BreakerSettings;
import dev.salescycle.sdk.PluginContext;
import dev.salescycle.sdk.Upsell;
import dev.salescycle.sdk.model.Cart;
import dev.salescycle.sdk.model.Recommendation;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.mockito.Mockito;
import org.junit.jupiter.api.Timeout;

@Timeout(120)
class HookOrderTest {

    private static BoundHook hook(String id, Set<String> before, Set<String> after) {
        Upsell upsell = new Upsell() {
            @Override
            public List<Recommendation> recommend(Cart cart, PluginContext context) {
                return List.of();
            }

            @Override
            public Set<String> runsBefore() {
                return before;
            }

            @Override
            public Set<String> runsAfter() {
                return after;
            }
        };
        return new BoundHook(id, HookKind.UPSELL, upsell, Mockito.mock(PluginContext.class), HookOrderTest.class.getClassLoader(),
                1, new HookStats(new CircuitBreaker(BreakerSettings.DEFAULTS, System::nanoTime)));
    }

    private static List<String> ids(List<BoundHook> hooks) {
        return hooks.stream().map(BoundHook::pluginId).toList();
    }

    @Test
    void keepsTheConfiguredOrderWithoutConstraints() {
        assertThat(ids(HookOrder.sort(List.of(hook("a", Set.of(), Set.of()), hook("b", Set.of(), Set.of()),
                hook("c", Set.of(), Set.of()))))).containsExactly("a", "b", "c");
    }

    @Test
    void movesOnlyWhatTheConstraintsDemand() {
        assertThat(ids(HookOrder.sort(List.of(hook("a", Set.of(), Set.of("c")), hook("b", Set.of(), Set.of()),
                hook("c", Set.of(), Set.of()), hook("d", Set.of("b"), Set.of())))))
                .containsExactly("c", "a", "d", "b");
    }

    @Test
    void ignoresPluginsTheShopDoesNotEnable() {
        assertThat(ids(HookOrder.sort(List.of(hook("a", Set.of("zzz"), Set.of("yyy")), hook("b", Set.of(), Set.of())))))
                .containsExactly("a", "b");
    }

    @Test
    void refusesACycleNamingItsPlugins() {
        assertThatThrownBy(() -> HookOrder.sort(List.of(hook("a", Set.of("b"), Set.of()), hook("b", Set.of("c"), Set.of()),
                hook("c", Set.of("a"), Set.of()), hook("d", Set.of(), Set.of()))))
                .hasMessage("plugins [a, b, c] demand to run before each other (upsell); remove one of their runsBefore/runsAfter constraints");
    }

    @Test
    void namesOnlyThePluginsOnTheCycleNotThoseAfterIt() {
        assertThatThrownBy(() -> HookOrder.sort(List.of(hook("x", Set.of(), Set.of("b")), hook("a", Set.of("b"), Set.of()),
                hook("b", Set.of("a"), Set.of()), hook("y", Set.of(), Set.of("x")))))
                .hasMessage("plugins [a, b] demand to run before each other (upsell); remove one of their runsBefore/runsAfter constraints");
    }

    @Test
    void namesEachCycleApart() {
        assertThatThrownBy(() -> HookOrder.sort(List.of(hook("a", Set.of("b"), Set.of()), hook("b", Set.of("a"), Set.of()),
                hook("c", Set.of("d"), Set.of("b")), hook("d", Set.of("c"), Set.of()))))
                .hasMessageStartingWith("plugins [a, b] and [c, d] demand to run before each other (upsell)");
    }
}
