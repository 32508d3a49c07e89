package org.ressin.core.pmemo;

/**
 * How to read a PMEmo folder.
 *
 * @param defaultSamplingRate samples per second used when the first column of an EDA file is a row index
 *                            (PMEmo records at 50 Hz); also the rate the time column is checked against
 * @param firstColumn what the first column of an EDA file holds
 */
public record PmemoReadOptions(double defaultSamplingRate, FirstColumn firstColumn) {

    /** PMEmo's sampling rate. */
    public static final double PMEMO_SAMPLING_RATE = 50.0;

    /** What the first column of an EDA file holds. */
    public enum FirstColumn {
        /**
         * Decide per file: a header mentioning "time" means seconds; otherwise consecutive integers stepping by 1
         * are a row index and any other increasing values are seconds.
         */
        AUTO,
        /** Time in seconds: the sampling rate is derived from the time step. */
        TIME_SECONDS,
        /** A row index (values are ignored): the sampling rate is {@link #defaultSamplingRate}. */
        ROW_INDEX
    }

    public PmemoReadOptions {
        if (!(defaultSamplingRate > 0) || Double.isInfinite(defaultSamplingRate)) {
            throw new IllegalArgumentException("defaultSamplingRate must be positive and finite, was "
                    + defaultSamplingRate);
        }
        if (firstColumn == null) {
            throw new IllegalArgumentException("firstColumn must not be null");
        }
    }

    /** 50 Hz, first column detected automatically. */
    public static PmemoReadOptions defaults() {
        return new PmemoReadOptions(PMEMO_SAMPLING_RATE, FirstColumn.AUTO);
    }

    public PmemoReadOptions withDefaultSamplingRate(double hz) {
        return new PmemoReadOptions(hz, firstColumn);
    }

    public PmemoReadOptions withFirstColumn(FirstColumn column) {
        return new PmemoReadOptions(defaultSamplingRate, column);
    }
}
