package org.ressin.core.baseline;

/** The kernels the SVM baselines offer. */
public enum SvmKernel {
    /** {@code exp(-gamma ||x - x'||^2)}: libsvm's default. */
    RBF,
    /** {@code x . x'} */
    LINEAR
}
