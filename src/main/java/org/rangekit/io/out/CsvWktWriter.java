package org.rangekit.io.out;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.locationtech.jts.io.WKTWriter;
import org.rangekit.io.out.report.ReportWriter;

/**
 * Writes the main layer of an overlay ({@link OverlayLayers#main}) as CSV (RFC 4180) with the
 * geometry as WKT in the first column, {@code WKT}, then one column per property: GDAL's CSV driver
 * and QGIS's delimited-text layer read the geometry from it. Positions are rounded like GeoJSON
 * ({@value GeoJsonWriter#DECIMALS} decimals).
 */
public final class CsvWktWriter {

    /** Name of the geometry column, as GDAL's CSV driver looks for it. */
    public static final String WKT_COLUMN = "WKT";

    private CsvWktWriter() {
    }

    /** Writes the main layer of {@code features}, leaving {@code out} open. */
    public static void write(OutputStream out, List<GeoJsonWriter.Feature> features) throws IOException {
        OverlayLayers.Layer layer = OverlayLayers.main(features);
        Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        List<String> columns = layer.columns();
        List<String> head = new ArrayList<>();
        head.add(WKT_COLUMN);
        head.addAll(columns);
        ReportWriter.csvLine(w, head);
        WKTWriter wkt = new WKTWriter(2);
        for (GeoJsonWriter.Feature f : layer.features()) {
            List<String> row = new ArrayList<>();
            row.add(wkt.write(GeoJsonWriter.prepare(f.geometry())));
            for (String c : columns) {
                row.add(OverlayLayers.text(f.properties().get(c)));
            }
            ReportWriter.csvLine(w, row);
        }
        w.flush();
    }
}
