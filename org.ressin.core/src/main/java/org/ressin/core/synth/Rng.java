package org.ressin.core.synth;

import java.util.SplittableRandom;

/**
 * Seeded random draws for the generator. Each unit (subject, song, recording) gets its own generator derived
 * from the seed and the unit's indices, so the numbers do not depend on the order of generation. Gaussian
 * draws use Box-Muller with {@link StrictMath}, so they are the same on every JVM.
 */
final class Rng {

    private final SplittableRandom random;

    private Rng(long state) {
        this.random = new SplittableRandom(state);
    }

    /** The generator of one unit: seed mixed with the unit's keys. */
    static Rng of(long seed, long... keys) {
        long h = mix(seed ^ 0x5DEECE66DL);
        for (long k : keys) {
            h = mix(h ^ mix(k + 0x9E3779B97F4A7C15L));
        }
        return new Rng(h);
    }

    // SplitMix64 finaliser: spreads nearby keys over the whole seed space.
    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    /** Uniform in [0, 1). */
    double uniform() { return random.nextDouble(); }

    double uniform(double lo, double hi) { return lo + (hi - lo) * random.nextDouble(); }

    /** Uniform integer in [0, bound). */
    int nextInt(int bound) { return random.nextInt(bound); }

    double gaussian() {
        double u1 = 1.0 - random.nextDouble(); // (0, 1]: log is finite
        double u2 = random.nextDouble();
        return StrictMath.sqrt(-2 * StrictMath.log(u1)) * StrictMath.cos(2 * StrictMath.PI * u2);
    }

    /** Exponential waiting time with the given rate. */
    double exponential(double rate) {
        return -StrictMath.log(1.0 - random.nextDouble()) / rate;
    }

    boolean bernoulli(double p) { return random.nextDouble() < p; }
}
