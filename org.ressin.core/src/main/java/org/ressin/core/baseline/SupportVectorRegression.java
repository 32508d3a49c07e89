package org.ressin.core.baseline;

import java.util.ArrayList;
import java.util.List;

import libsvm.svm_model;
import libsvm.svm_node;

/**
 * Epsilon-SVR (libsvm) on the regression vectors, with {@link SvmSettings} (default: RBF, C = 1, gamma = 1/d,
 * epsilon = 0.1, libsvm's defaults; the paper gives none). The inputs are used as they are: each is already a
 * z-scored signal, so its points share one scale.
 */
public final class SupportVectorRegression implements Regressor {

    private final SvmSettings settings;

    public SupportVectorRegression(SvmSettings settings) {
        this.settings = settings;
    }

    public SvmSettings settings() { return settings; }

    @Override
    public Fitted fit(List<double[]> x, double[] y) {
        if (x.isEmpty()) throw new IllegalArgumentException("no rows to fit an SVR on");
        if (y.length != x.size()) throw new IllegalArgumentException(x.size() + " rows but " + y.length + " targets");
        int d = x.get(0).length;
        List<svm_node[]> rows = new ArrayList<>(x.size());
        for (int i = 0; i < x.size(); i++) {
            double[] row = x.get(i);
            if (row.length != d) {
                throw new IllegalArgumentException("row " + i + " has " + row.length + " features, expected " + d);
            }
            for (int j = 0; j < d; j++) Regressor.requireFinite(row[j], "row " + i + ", feature " + (j + 1));
            Regressor.requireFinite(y[i], "target of row " + i);
            rows.add(Libsvm.nodes(row));
        }
        svm_model model = Libsvm.trainRegression(rows, y, d, settings);
        return v -> {
            if (v.length != d) {
                throw new IllegalArgumentException("input has " + v.length + " features, the model " + d);
            }
            return Libsvm.predict(model, Libsvm.nodes(v));
        };
    }
}
