package dev.livesell.examples.sample;

import java.util.SplittableRandom;

/**
 * The generator's source of randomness: a {@link SplittableRandom} used only through
 * {@link SplittableRandom#nextLong()} and {@link SplittableRandom#split()}, whose SplitMix64 algorithm is
 * fixed, so the same seed gives the same sample on every JDK. Gaussian, Poisson and weighted draws are
 * computed here rather than with JDK defaults that could change between releases. Not thread-safe.
 */
final class SimulationRandom {
    private final SplittableRandom random;

    SimulationRandom(long seed) {
        this(new SplittableRandom(seed));
    }

    private SimulationRandom(SplittableRandom random) {
        this.random = random;
    }

    /** An independent stream, derived deterministically from this one. */
    SimulationRandom split() {
        return new SimulationRandom(random.split());
    }

    /** Uniform in [0, 1). */
    double uniform() {
        return (random.nextLong() >>> 11) * 0x1.0p-53;
    }

    /** Uniform in [0, n). */
    int below(int n) {
        return (int) Math.min(n - 1, Math.floor(uniform() * n));
    }

    /** Uniform in [from, to). */
    double between(double from, double to) {
        return from + (to - from) * uniform();
    }

    boolean chance(double p) {
        return uniform() < p;
    }

    /** Standard normal (Box-Muller). */
    double gaussian() {
        double u = 1.0 - uniform();
        double v = uniform();
        return Math.sqrt(-2.0 * Math.log(u)) * Math.cos(2.0 * Math.PI * v);
    }

    /** Log-normal with median 1 and the given log-scale spread. */
    double logNormal(double sigma) {
        return Math.exp(sigma * gaussian());
    }

    /** Poisson by inversion (fine for the small means used here). */
    int poisson(double mean) {
        if (mean <= 0) {
            return 0;
        }
        double l = Math.exp(-mean);
        double p = uniform();
        int k = 0;
        double term = l;
        double cumulative = l;
        while (p > cumulative && k < 1000) {
            k++;
            term *= mean / k;
            cumulative += term;
        }
        return k;
    }

    /** An index drawn with probability proportional to its weight; -1 when all weights are zero. */
    int pick(double[] weights) {
        double total = 0;
        for (double w : weights) {
            total += w;
        }
        if (total <= 0) {
            return -1;
        }
        double x = uniform() * total;
        for (int i = 0; i < weights.length; i++) {
            x -= weights[i];
            if (x < 0 && weights[i] > 0) {
                return i;
            }
        }
        for (int i = weights.length - 1; i >= 0; i--) {
            if (weights[i] > 0) {
                return i;
            }
        }
        return -1;
    }
}
