package org.ressin.core.net;

import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.factory.Nd4j;

/** Process-wide ND4J settings the network relies on: float arithmetic and the thread count. */
public final class Nd4jRuntime {

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
