package org.ressin.core.eval;

import java.io.IOException;
import java.util.Optional;

/**
 * Where cross-validation keeps finished folds, so an interrupted run resumes at the next fold instead of
 * training every fold again. {@link #NONE} keeps nothing.
 */
public interface FoldCheckpoint {

    /** Keeps nothing: every fold is trained. */
    FoldCheckpoint NONE = new FoldCheckpoint() {
        @Override
        public Optional<FoldResult> load(int fold) { return Optional.empty(); }

        @Override
        public void save(FoldResult result) {}
    };

    /**
     * The stored result of {@code fold} (0-based), if an earlier run finished it; empty means the fold is trained
     * now, right after this call.
     */
    Optional<FoldResult> load(int fold) throws IOException;

    /** Keeps a freshly trained fold. */
    void save(FoldResult result) throws IOException;
}
