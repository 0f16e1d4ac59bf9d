package dev.salescycle.plugins.copurchase;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/** Rule measures counted the slow, obvious way: a scan of every basket as a set. */
public final class BruteForce {

    private final List<Set<String>> baskets;

    public BruteForce(List<List<String>> baskets) {
        this.baskets = baskets.stream().map(b -> (Set<String>) new HashSet<>(b)).toList();
    }

    public int orders() {
        return baskets.size();
    }

    /** How many baskets hold every one of the items. */
    public long count(Collection<String> items) {
        return baskets.stream().filter(b -> b.containsAll(items)).count();
    }

    public long count(Collection<String> antecedent, String item) {
        Set<String> all = new HashSet<>(antecedent);
        all.add(item);
        return count(all);
    }

    public double support(Collection<String> antecedent, String item) {
        return (double) count(antecedent, item) / orders();
    }

    public double confidence(Collection<String> antecedent, String item) {
        return (double) count(antecedent, item) / count(antecedent);
    }

    public double lift(Collection<String> antecedent, String item) {
        return confidence(antecedent, item) / ((double) count(List.of(item)) / orders());
    }

    /** How many baskets hold each item. */
    public Map<String, Long> itemCounts() {
        Map<String, Long> counts = new TreeMap<>();
        baskets.forEach(b -> b.forEach(item -> counts.merge(item, 1L, Long::sum)));
        return counts;
    }
}
