package org.ressin.core.net;

import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.factory.Nd4j;

/** Process-wide ND4J settings the network relies on: float arithmetic and the thread count. */
public final class Nd4jRuntime {

    static {
        // ND4J and DL4J find their backend and helper classes through a class loader they capture on
        // first use; inside OSGi (KNIME) the thread's context loader may not see the embedded jars.
        // This class sits beside them, so its loader does. Runs before our first ND4J call.
        org.nd4j.common.config.ND4JClassLoading.setNd4jClassloaderFromClass(Nd4jRuntime.class);
        org.deeplearning4j.config.DL4JClassLoading.setDl4jClassloaderFromClass(Nd4jRuntime.class);
    }

    private Nd4jRuntime() {}

    /**
     * Makes FLOAT the default data type (so results do not depend on another caller's setting) and,
     * when {@code threads > 0}, caps ND4J's and OpenBLAS's threads. Both are global to the process.
     */
    public static synchronized void configure(int threads) {
        Nd4j.setDefaultDataTypes(DataType.FLOAT, DataType.FLOAT);
        if (threads > 0) {
            Nd4j.getEnvironment().setMaxMasterThreads(threads);
            Nd4j.getEnvironment().setMaxThreads(threads);
            Nd4j.factory().blas().setMaxThreads(threads);
            // the OpenMP team used by libnd4j's native ops and oneDNN
            org.nd4j.nativeblas.NativeOpsHolder.getInstance().getDeviceNativeOps().setOmpNumThreads(threads);
        }
    }

    /** The file name of the loaded libnd4j native library's jar or cache path, to tell which build runs. */
    public static String nativeBuild() {
        Nd4j.getBackend(); // make sure the backend (and its natives) are loaded
        return org.bytedeco.javacpp.Loader.getLoadedLibraries().entrySet().stream()
                .filter(e -> e.getKey().contains("nd4jcpu") && !e.getKey().contains("jni"))
                .map(e -> e.getValue().replaceAll(".*/(nd4j-native[^/]*\\.jar)/.*", "$1"))
                .findFirst().orElse("unknown");
    }
}
