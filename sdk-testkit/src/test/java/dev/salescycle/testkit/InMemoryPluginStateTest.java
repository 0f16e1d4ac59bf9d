package dev.salescycle.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The test kit's state keeps the host's limits, so a plugin that passes its tests does not fail in the host. */
@Timeout(120)
class InMemoryPluginStateTest {

    private final InMemoryPluginState state = new InMemoryPluginState();

    @Test
    void keepsValuesUpToTheHostsLimits() {
        state.put("k".repeat(200), "v".repeat(64 * 1024));
        state.put("seen", "1");
        state.remove("seen");

        assertThat(state.get("k".repeat(200))).hasValueSatisfying(v -> assertThat(v).hasSize(64 * 1024));
        assertThat(state.get("seen")).isEmpty();
        assertThat(state.snapshot()).containsOnlyKeys("k".repeat(200));
    }

    @Test
    void refusesWhatTheHostWouldRefuse() {
        assertThatThrownBy(() -> state.put("k".repeat(201), "v")).hasMessage("state key must be 1..200 characters");
        assertThatThrownBy(() -> state.put("", "v")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> state.get(null)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> state.put("k", "v".repeat(64 * 1024 + 1)))
                .hasMessage("state value must be non-null and at most 65536 characters");
        assertThatThrownBy(() -> state.put("k", null)).isInstanceOf(IllegalArgumentException.class);
        assertThat(state.snapshot()).isEmpty();
    }
}
