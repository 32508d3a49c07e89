package org.ressin.core.synth;

/**
 * Fixed-point decimal text of a double, independent of locale and JVM version (integer arithmetic on the value
 * rounded to the given decimals), so that the generator's files are byte-identical everywhere.
 */
final class Fixed {

    private static final long[] POW10 = {1, 10, 100, 1_000, 10_000, 100_000, 1_000_000, 10_000_000, 100_000_000};

    private Fixed() {}

    /** The value rounded to {@code decimals} (at most 8) decimals, as it will be written. */
    static double round(double v, int decimals) {
        return Math.round(v * POW10[decimals]) / (double) POW10[decimals];
    }

    /** {@code v} with exactly {@code decimals} decimals; "NaN" for NaN; never "-0.000". */
    static String format(double v, int decimals) {
        if (Double.isNaN(v)) {
            return "NaN";
        }
        if (Double.isInfinite(v) || Math.abs(v) > 9e18 / POW10[decimals]) {
            throw new IllegalArgumentException("cannot write " + v + " with " + decimals + " decimals");
        }
        long q = Math.round(v * POW10[decimals]);
        StringBuilder b = new StringBuilder(24);
        if (q < 0) {
            b.append('-');
            q = -q;
        }
        b.append(q / POW10[decimals]);
        if (decimals > 0) {
            String frac = Long.toString(q % POW10[decimals]);
            b.append('.');
            for (int i = frac.length(); i < decimals; i++) {
                b.append('0');
            }
            b.append(frac);
        }
        return b.toString();
    }
}
