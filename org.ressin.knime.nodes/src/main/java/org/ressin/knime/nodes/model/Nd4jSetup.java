package org.ressin.knime.nodes.model;

/**
 * Points ND4J and DL4J at this bundle's class loader before their first use. Inside KNIME (OSGi) the executing
 * thread's context class loader cannot see the embedded ND4J jars, and ND4J would then find no backend. The core's
 * Nd4jRuntime does the same from the core jar; doing it here too makes the nodes independent of which class the
 * first call happens to touch.
 */
public final class Nd4jSetup {

    static {
        org.nd4j.common.config.ND4JClassLoading.setNd4jClassloaderFromClass(Nd4jSetup.class);
        org.deeplearning4j.config.DL4JClassLoading.setDl4jClassloaderFromClass(Nd4jSetup.class);
    }

    private Nd4jSetup() {
    }

    /** Runs the static initialiser once; cheap afterwards. */
    public static void ensure() {
        // the work is done by the static initialiser
    }
}
