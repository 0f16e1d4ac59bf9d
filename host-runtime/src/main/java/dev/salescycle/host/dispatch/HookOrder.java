package dev.salescycle.host.dispatch;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.Set;

/**
 * Orders one kind of hook of a shop: configured order, changed only as far as the plugins'
 * {@code runsBefore}/{@code runsAfter} demand (a stable topological sort). Constraints naming plugins the
 * shop does not enable are ignored.
 */
final class HookOrder {

    private HookOrder() {
    }

    /** @throws IllegalArgumentException naming the plugins of each cycle, and only those */
    static List<BoundHook> sort(List<BoundHook> configured) {
        Map<String, Integer> position = new HashMap<>();
        for (int i = 0; i < configured.size(); i++) {
            position.putIfAbsent(configured.get(i).pluginId(), i);
        }
        Map<Integer, Set<Integer>> successors = new HashMap<>();
        int[] incoming = new int[configured.size()];
        for (int i = 0; i < configured.size(); i++) {
            BoundHook hook = configured.get(i);
            for (String later : hook.hook().runsBefore()) {
                edge(i, position.get(later), successors, incoming);
            }
            for (String earlier : hook.hook().runsAfter()) {
                edge(position.get(earlier), i, successors, incoming);
            }
        }
        PriorityQueue<Integer> ready = new PriorityQueue<>();
        for (int i = 0; i < incoming.length; i++) {
            if (incoming[i] == 0) {
                ready.add(i);
            }
        }
        List<BoundHook> sorted = new ArrayList<>(configured.size());
        while (!ready.isEmpty()) {
            int next = ready.poll();
            sorted.add(configured.get(next));
            for (int after : successors.getOrDefault(next, Set.of())) {
                if (--incoming[after] == 0) {
                    ready.add(after);
                }
            }
        }
        if (sorted.size() < configured.size()) {
            throw new IllegalArgumentException("plugins " + String.join(" and ", cycles(configured, successors))
                    + " demand to run before each other (" + configured.get(0).kind().label()
                    + "); remove one of their runsBefore/runsAfter constraints");
        }
        return sorted;
    }

    /** The plugins of each cycle, in configured order; plugins that only come after a cycle are not named. */
    private static List<String> cycles(List<BoundHook> configured, Map<Integer, Set<Integer>> successors) {
        List<Set<Integer>> reach = new ArrayList<>();
        for (int i = 0; i < configured.size(); i++) {
            reach.add(reachable(i, successors));
        }
        List<String> cycles = new ArrayList<>();
        Set<Integer> named = new HashSet<>();
        for (int i = 0; i < configured.size(); i++) {
            if (!reach.get(i).contains(i) || named.contains(i)) {
                continue;
            }
            List<String> cycle = new ArrayList<>();
            for (int j = i; j < configured.size(); j++) {
                if (reach.get(i).contains(j) && reach.get(j).contains(i)) {
                    named.add(j);
                    cycle.add(configured.get(j).pluginId());
                }
            }
            cycles.add(cycle.toString());
        }
        return cycles;
    }

    private static Set<Integer> reachable(int from, Map<Integer, Set<Integer>> successors) {
        Set<Integer> seen = new HashSet<>();
        ArrayDeque<Integer> todo = new ArrayDeque<>(successors.getOrDefault(from, Set.of()));
        while (!todo.isEmpty()) {
            int next = todo.pop();
            if (seen.add(next)) {
                todo.addAll(successors.getOrDefault(next, Set.of()));
            }
        }
        return seen;
    }

    private static void edge(Integer from, Integer to, Map<Integer, Set<Integer>> successors, int[] incoming) {
        if (from == null || to == null || from.equals(to)) {
            return;
        }
        if (successors.computeIfAbsent(from, k -> new HashSet<>()).add(to)) {
            incoming[to]++;
        }
    }
}
