package dev.salescycle.host.dispatch;

import dev.salescycle.sdk.model.PageBlock;
import dev.salescycle.sdk.model.ScheduledMessage;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Collects thank-you blocks and retention messages for an order in plugin order; message keys are unique per plugin. */
public final class OrderSink extends CollectingSink {

    static final int MAX_BLOCKS_PER_PLUGIN = 20;
    static final int MAX_MESSAGES_PER_PLUGIN = 20;

    private final List<Attributed<PageBlock>> blocks = new ArrayList<>();
    private final List<Attributed<ScheduledMessage>> messages = new ArrayList<>();
    private final Set<String> messageKeys = new HashSet<>();

    @Override
    public Verdict returned(BoundHook hook, Object result) {
        if (hook.kind() == HookKind.THANK_YOU_PAGE) {
            List<PageBlock> list = elements(hook, result, PageBlock.class, MAX_BLOCKS_PER_PLUGIN);
            if (list == null) {
                return Verdict.BAD;
            }
            list.forEach(b -> blocks.add(new Attributed<>(hook.pluginId(), b)));
        } else {
            List<ScheduledMessage> list = elements(hook, result, ScheduledMessage.class, MAX_MESSAGES_PER_PLUGIN);
            if (list == null) {
                return Verdict.BAD;
            }
            list.stream().filter(m -> messageKeys.add(hook.pluginId() + "\u0000" + m.key()))
                    .forEach(m -> messages.add(new Attributed<>(hook.pluginId(), m)));
        }
        return Verdict.OK;
    }

    public List<Attributed<PageBlock>> blocks() {
        return blocks;
    }

    public List<Attributed<ScheduledMessage>> messages() {
        return messages;
    }
}
