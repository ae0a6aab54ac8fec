package org.rangekit.io.out;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;

import org.rangekit.scenario.OverlayFormat;

/**
 * Writes overlay features in a format chosen by the output's extension ({@link OverlayFormat},
 * {@code scenario.DataFiles#overlayFormat}): GeoJSON, KML, KMZ, GeoPackage, FlatGeobuf or CSV with
 * WKT. Layered formats (KML, KMZ, GeoPackage) hold every layer ({@link OverlayLayers}); the others
 * hold the main layer.
 *
 * @param format the format
 * @param style the colours (KML, KMZ and GeoPackage styles; GeoJSON simplestyle when {@code styled})
 * @param styled GeoJSON only: add simplestyle-spec properties
 * @param title the KML Document's name
 * @param attribution data credit, or null
 * @param legendPng KMZ only: the legend image, or null
 */
public record OverlayWriter(OverlayFormat format, OverlayStyle style, boolean styled, String title,
        String attribution, byte[] legendPng) {

    /** Writes {@code features}, leaving {@code out} open. */
    public void write(OutputStream out, List<GeoJsonWriter.Feature> features) throws IOException {
        switch (format) {
            case GEOJSON -> {
                List<GeoJsonWriter.Feature> main = OverlayLayers.main(features).features();
                GeoJsonWriter.write(out, styled ? style.simplestyle(main) : main, attribution);
            }
            case KML -> KmlWriter.writeKml(out, features, style, title, attribution);
            case KMZ -> KmlWriter.writeKmz(out, features, style, title, attribution, legendPng);
            case GPKG -> GpkgWriter.write(out, features, style);
            case FGB -> FlatGeobufOverlayWriter.write(out, features);
            case CSV -> CsvWktWriter.write(out, features);
        }
    }
}
