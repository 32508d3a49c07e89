package org.ressin.core.eval;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;

/** Seeded assignment of examples to k folds, keeping each group (subject or recording) in one fold. */
public final class FoldAssignment {

    private FoldAssignment() {}

    /**
     * Returns the fold (0 .. folds-1) of every item. Groups are shuffled with {@code seed}, then each
     * goes to the fold that holds the fewest examples so far (ties: lowest fold), which balances
     * fold sizes when groups differ in size. The result does not depend on the order of {@code items}
     * beyond which item is which.
     */
    public static int[] assign(List<? extends LabeledItem> items, int folds, Grouping grouping, long seed) {
        if (folds < 2) {
            throw new IllegalArgumentException("cross-validation needs at least 2 folds, got " + folds);
        }
        // sorted keys: the shuffle starts from an order that does not depend on the input order
        Map<String, List<Integer>> members = new TreeMap<>();
        for (int i = 0; i < items.size(); i++) {
            members.computeIfAbsent(grouping.groupOf(items.get(i)), k -> new ArrayList<>()).add(i);
        }
        if (members.size() < folds) {
            throw new IllegalArgumentException(folds + "-fold cross-validation grouped by "
                    + grouping.name().toLowerCase(java.util.Locale.ROOT) + " needs at least " + folds
                    + " groups, but the data has " + members.size());
        }
        List<List<Integer>> groups = new ArrayList<>(members.values());
        Collections.shuffle(groups, new Random(seed));
        int[] foldOf = new int[items.size()];
        int[] sizes = new int[folds];
        for (List<Integer> group : groups) {
            int smallest = 0;
            for (int f = 1; f < folds; f++) {
                if (sizes[f] < sizes[smallest]) smallest = f;
            }
            for (int i : group) foldOf[i] = smallest;
            sizes[smallest] += group.size();
        }
        return foldOf;
    }
}
