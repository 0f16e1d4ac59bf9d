package dev.salescycle.testkit.checks;

import java.util.List;

/** What the host would make of a hook's list answer: the problems it would drop or cut, as advice. */
final class Answers {

    private Answers() {
    }

    /** The problem with a list answer, or null if the host takes it whole. */
    static String listProblem(Object answer, Class<?> type, int cap, String noun) {
        if (answer == null) {
            return "returned null, which the host drops as a bad answer: return List.of() when no " + noun + " apply";
        }
        if (!(answer instanceof List<?> list)) {
            return "returned a " + answer.getClass().getName() + " instead of a List of " + type.getSimpleName();
        }
        for (int i = 0; i < list.size(); i++) {
            Object element = list.get(i);
            if (!type.isInstance(element)) {
                return "returned a list holding " + (element == null ? "null" : "a " + element.getClass().getName())
                        + " at index " + i + ", which the host drops: return only " + type.getSimpleName() + " values";
            }
        }
        if (list.size() > cap) {
            return "returned " + list.size() + " " + noun + ", but the host keeps only the first " + cap
                    + " of each plugin: return the best " + cap + " at most";
        }
        return null;
    }
}
