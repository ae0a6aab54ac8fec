package org.rangekit.io.in.targets;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;
import org.rangekit.coverage.Target;
import org.rangekit.io.in.KmlPoints;

/**
 * Targets from the Point placemarks of a KML or KMZ file, one at a time, read by the safe
 * {@link KmlPoints} parser (no DTD, no external entities). A placemark's {@code <name>} is the
 * target's name; its extended data gives {@code country} and {@code population} when present (as
 * the GeoJSON reader's properties do) and is kept as the target's properties.
 *
 * <p>A placemark of another geometry (Polygon, LineString, …) is a bad row: KML area targets are
 * not read; GeoJSON or GeoPackage carry polygons.
 */
final class KmlTargetReader implements TargetReader {

    private final String source;
    private final KmlPoints kml;
    private final Consumer<BadRow> onBadRow;
    private final long sizeBytes;
    private final Deque<BadRow> pending = new ArrayDeque<>();
    private long bad;
    private boolean done;

    private KmlTargetReader(String source, KmlPoints kml, Consumer<BadRow> onBadRow, long sizeBytes) {
        this.source = source;
        this.kml = kml;
        this.onBadRow = onBadRow;
        this.sizeBytes = sizeBytes;
        kml.onOtherGeometry((line, type) -> pending.add(new BadRow(source, line, type.equals("none")
                ? "placemark has no geometry (expected a Point)"
                : "placemark geometry " + type + " is not read as a target from KML (expected a Point; "
                        + "use GeoJSON or GeoPackage for area targets)")));
    }

    /**
     * Opens a {@code .kml} or {@code .kmz} file.
     *
     * @throws TargetFormatException when it is not KML (one line naming the file)
     */
    static KmlTargetReader open(Path file, Consumer<BadRow> onBadRow) throws IOException {
        String name = file.getFileName() == null ? file.toString() : file.getFileName().toString();
        try {
            return new KmlTargetReader(name, KmlPoints.open(file, name), onBadRow,
                    Files.size(file));
        } catch (IllegalArgumentException e) {
            throw new TargetFormatException(e.getMessage());
        }
    }

    @Override
    public Target next() throws IOException {
        while (!done) {
            KmlPoints.Placemark p;
            try {
                p = kml.next();
            } catch (IllegalArgumentException e) {
                throw new TargetFormatException(e.getMessage());
            } finally {
                flush();
            }
            if (p == null) {
                done = true;
                return null;
            }
            Map<String, String> props = new LinkedHashMap<>(p.data());
            String country = GeoJsonTargetReader.take(props, "country", "iso_a3", "ISO_A3");
            long pop;
            try {
                pop = GeoJsonTargetReader.population(GeoJsonTargetReader.take(props, "population", "pop_est",
                        "POP_EST"));
            } catch (IllegalArgumentException e) {
                skip(new BadRow(source, p.line(), e.getMessage()));
                continue;
            }
            return new Target(p.name(), country, p.latDeg(), p.lonDeg(), pop, null, props);
        }
        return null;
    }

    private void flush() {
        while (!pending.isEmpty()) {
            skip(pending.poll());
        }
    }

    private void skip(BadRow row) {
        bad++;
        onBadRow.accept(row);
    }

    @Override
    public long badRowCount() {
        return bad;
    }

    /** 0 while reading (the parser's position is not exposed), the file's size at the end. */
    @Override
    public long bytesRead() {
        return done ? sizeBytes : 0;
    }

    @Override
    public void close() throws IOException {
        kml.close();
    }
}
