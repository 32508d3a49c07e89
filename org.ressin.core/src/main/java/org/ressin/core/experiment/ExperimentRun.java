package org.ressin.core.experiment;

import java.util.Map;
import java.util.Set;

/**
 * What one run of an experiment did, as opposed to what it found in the store.
 *
 * @param ran                the configurations finished in this run
 * @param resumedFolds       per configuration finished in this run, the folds taken from an earlier run
 * @param preparationSeconds the time this run spent preparing the images, or negative if it needed none
 */
public record ExperimentRun(Set<String> ran, Map<String, Integer> resumedFolds, double preparationSeconds) {

    public ExperimentRun {
        ran = Set.copyOf(ran);
        resumedFolds = Map.copyOf(resumedFolds);
    }

    /** How the report describes where a configuration's result comes from. */
    public String origin(Configuration c, int folds) {
        if (!ran.contains(c.key())) return "earlier (resumed)";
        int resumed = resumedFolds.getOrDefault(c.key(), 0);
        return resumed == 0 ? "this run" : "this run (" + resumed + " of " + folds + " folds resumed)";
    }
}
