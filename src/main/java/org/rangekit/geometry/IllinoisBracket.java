package org.rangekit.geometry;

/**
 * The Illinois variant of regula falsi on a bracket [a, b] of a root of g, the one root finder the
 * samplers use to put a vertex exactly on the antimeridian ({@link RingTrace}, {@link PathTrace}).
 * The caller evaluates g at {@link #next()} and passes the value to {@link #update}; when to stop,
 * and which trial to keep, stays with the caller. The two ends always bracket the root.
 *
 * <p>Not thread-safe; one instance per root.
 */
final class IllinoisBracket {

    private double aa;
    private double ga;
    private double ab;
    private double gb;

    /** A bracket from (a, g(a)) to (b, g(b)), g(a) and g(b) of opposite signs. */
    IllinoisBracket(double a, double ga, double b, double gb) {
        this.aa = a;
        this.ga = ga;
        this.ab = b;
        this.gb = gb;
    }

    /** The next trial: the secant point, or the midpoint where that is not strictly inside. */
    double next() {
        double ax = ab - gb * (ab - aa) / (gb - ga);
        if (!(ax > Math.min(aa, ab) && ax < Math.max(aa, ab))) {
            ax = 0.5 * (aa + ab);
        }
        return ax;
    }

    /** Whether {@code x} is one of the bracket's ends (the bracket cannot shrink further). */
    boolean isEnd(double x) {
        return x == aa || x == ab;
    }

    /** The bracket's width, |b − a|. */
    double width() {
        return Math.abs(ab - aa);
    }

    /** Takes g(x) = {@code g} at the trial {@code x}: it replaces one end; a kept end's value is halved. */
    void update(double x, double g) {
        if ((g < 0) != (gb < 0)) {
            aa = ab;
            ga = gb;
        } else {
            ga *= 0.5;
        }
        ab = x;
        gb = g;
    }
}
