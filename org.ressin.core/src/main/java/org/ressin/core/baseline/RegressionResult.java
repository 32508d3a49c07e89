package org.ressin.core.baseline;

import java.util.List;
import java.util.Optional;

import org.ressin.core.eval.Grouping;
import org.ressin.core.labels.Target;

/**
 * The outcome of the regression pre-experiment: one cell per method, input and target.
 *
 * @param grouping  how folds were formed
 * @param seed      the seed of the fold assignment
 * @param foldSizes held-out rows per fold
 * @param cells     in the order method, input, target
 */
public record RegressionResult(Grouping grouping, long seed, int[] foldSizes, List<RegressionCell> cells) {

    public RegressionResult {
        foldSizes = foldSizes.clone();
        cells = List.copyOf(cells);
    }

    @Override
    public int[] foldSizes() { return foldSizes.clone(); }

    public Optional<RegressionCell> cell(RegressionMethod method, RegressionInput input, Target target) {
        return cells.stream().filter(c -> c.method() == method && c.input() == input && c.target() == target)
                .findFirst();
    }
}
