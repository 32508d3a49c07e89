package org.ressin.core.baseline;

import java.util.List;

import libsvm.svm;
import libsvm.svm_model;
import libsvm.svm_node;
import libsvm.svm_parameter;
import libsvm.svm_problem;

/**
 * The one place that talks to libsvm: parameters from {@link SvmSettings}, vectors as libsvm nodes, training and
 * prediction. libsvm prints progress to standard output by default; it is silenced once for the JVM.
 */
final class Libsvm {

    static {
        svm.svm_set_print_string_function(s -> { });
    }

    private Libsvm() {}

    /**
     * A vector as libsvm nodes (1-based indices). Exact zeros are left out: libsvm treats a missing index as 0,
     * and features dropped by the z-scoring cost nothing in the kernel.
     */
    static svm_node[] nodes(double[] x) {
        int nonZero = 0;
        for (double v : x) {
            if (v != 0) nonZero++;
        }
        svm_node[] out = new svm_node[nonZero];
        int k = 0;
        for (int j = 0; j < x.length; j++) {
            if (x[j] != 0) {
                svm_node n = new svm_node();
                n.index = j + 1;
                n.value = x[j];
                out[k++] = n;
            }
        }
        return out;
    }

    /** Trains an epsilon-SVR on feature vectors ({@link #nodes}), libsvm computing the kernel. */
    static svm_model trainRegression(List<svm_node[]> rows, double[] targets, int dimension, SvmSettings s) {
        return train(rows, targets, s, svm_parameter.EPSILON_SVR,
                s.kernel() == SvmKernel.RBF ? svm_parameter.RBF : svm_parameter.LINEAR, s.gammaFor(dimension));
    }

    /**
     * Trains a C-SVC (labels 0/1) on a precomputed kernel: row i is {@code [0: i + 1, k: K(i, k - 1)]} (libsvm's
     * precomputed format; node objects may be shared between rows).
     */
    static svm_model trainPrecomputed(List<svm_node[]> rows, double[] labels, SvmSettings s) {
        return train(rows, labels, s, svm_parameter.C_SVC, svm_parameter.PRECOMPUTED, 0);
    }

    private static svm_model train(List<svm_node[]> rows, double[] targets, SvmSettings s, int type, int kernel,
            double gamma) {
        svm_problem problem = new svm_problem();
        problem.l = rows.size();
        problem.x = rows.toArray(new svm_node[0][]);
        problem.y = targets.clone();
        svm_parameter p = new svm_parameter();
        p.svm_type = type;
        p.kernel_type = kernel;
        p.gamma = gamma;
        p.degree = 3;
        p.coef0 = 0;
        p.C = s.c();
        p.p = s.epsilon();
        p.nu = 0.5;
        p.eps = s.tolerance();
        p.cache_size = s.cacheMegabytes();
        p.shrinking = 1;
        p.probability = 0; // no svm.rand: deterministic training
        p.nr_weight = 0;
        p.weight_label = new int[0];
        p.weight = new double[0];
        String problemText = svm.svm_check_parameter(problem, p);
        if (problemText != null) {
            throw new IllegalArgumentException("libsvm rejects the settings " + s + ": " + problemText);
        }
        return svm.svm_train(problem, p);
    }

    static double predict(svm_model model, svm_node[] x) {
        return svm.svm_predict(model, x);
    }

    /** The decision value of a two-class model (one value; 0 if the training data had a single class). */
    static double decisionValue(svm_model model, svm_node[] x) {
        double[] values = new double[1];
        svm.svm_predict_values(model, x, values);
        return values[0];
    }
}
