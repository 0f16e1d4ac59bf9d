package dev.salescycle.host.lifecycle;

import dev.salescycle.host.config.HostSettings;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Names the {@code host:} settings a changed config file sets differently from the running host. The host
 * reads its own section only at start, so these wait for a restart; the budgets are the exception, as they
 * are the shops' defaults and reach the shops with the change.
 */
final class RestartSettings {

    private static final Set<String> LIVE = Set.of("hookBudget", "requestBudget");

    private RestartSettings() {
    }

    /** The changed settings as {@code host.<name>}, in declaration order; values are not shown (secrets). */
    static List<String> changed(HostSettings running, HostSettings next) {
        List<String> changed = new ArrayList<>();
        for (RecordComponent setting : HostSettings.class.getRecordComponents()) {
            if (!LIVE.contains(setting.getName()) && !Objects.equals(value(setting, running), value(setting, next))) {
                changed.add("host." + setting.getName());
            }
        }
        return changed;
    }

    private static Object value(RecordComponent setting, HostSettings settings) {
        try {
            return setting.getAccessor().invoke(settings);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot read host." + setting.getName(), e);
        }
    }
}
