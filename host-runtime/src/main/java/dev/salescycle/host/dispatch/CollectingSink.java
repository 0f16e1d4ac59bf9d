package dev.salescycle.host.dispatch;

import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The common part of the sinks: keeps the list of skipped plugins and checks that a hook answered
 * a list of the expected type, dropping nulls and wrong elements and capping its length.
 */
abstract class CollectingSink implements StepSink {

    private static final Logger LOG = LoggerFactory.getLogger(CollectingSink.class);

    private final List<Skipped> skipped = new ArrayList<>();

    @Override
    public void failed(BoundHook hook, String reason) {
        skipped.add(new Skipped(hook.pluginId(), hook.kind().label(), reason));
    }

    public List<Skipped> skipped() {
        return skipped;
    }

    /** The valid elements of a hook's list answer, at most {@code cap}; null when the answer is unusable. */
    protected <T> List<T> elements(BoundHook hook, Object result, Class<T> type, int cap) {
        if (!(result instanceof List<?> list)) {
            failed(hook, "bad answer: " + (result == null ? "null" : result.getClass().getSimpleName()));
            return null;
        }
        List<T> out = new ArrayList<>(Math.min(list.size(), cap));
        for (Object item : list) {
            if (out.size() == cap) {
                break;
            }
            if (type.isInstance(item)) {
                out.add(type.cast(item));
            }
        }
        int dropped = list.size() - out.size();
        if (dropped > 0) {
            LOG.warn("Plugin {} ({}) answered {} items of which {} were dropped (null, wrong type, or over the cap of {})",
                    hook.pluginId(), hook.kind().label(), list.size(), dropped, cap);
        }
        return out;
    }
}
