package dev.salescycle.host.dispatch;

/** How one step calls its hook; it may read what earlier steps left in the sink (the lead chain does). */
@FunctionalInterface
public interface HookCall {
    Object call(BoundHook hook) throws Exception;
}
