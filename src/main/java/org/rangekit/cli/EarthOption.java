package org.rangekit.cli;

import org.rangekit.geodesy.EarthModel;

import picocli.CommandLine.Option;

/** {@code --earth wgs84|sphere}: the figure of the Earth every distance and area is computed on. */
final class EarthOption {

    @Option(names = "--earth", paramLabel = "MODEL", defaultValue = "wgs84",
            description = "Figure of the Earth: wgs84 (default) or sphere (R = 6,371,008.8 m).")
    String earth = "wgs84";

    static EarthOption of(String text) {
        EarthOption o = new EarthOption();
        o.earth = text;
        return o;
    }

    /** The model; an unknown name is bad input. */
    EarthModel model() {
        return Options.earth(earth);
    }
}
