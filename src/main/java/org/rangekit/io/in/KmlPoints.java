package org.rangekit.io.in;

import java.io.Closeable;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import java.util.MissingResourceException;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Reads the Point placemarks of a KML file (OGC 12-007r2) or of a KMZ archive, one at a time, for
 * site and target files: each placemark's {@code <name>}, its {@code <ExtendedData>} ({@code <Data
 * name="…"><value>…</value></Data>} as Google Earth writes it, and {@code <SchemaData>
 * <SimpleData name="…">} as GDAL writes it) and the longitude and latitude of its {@code <Point>}.
 * Placemarks of other geometry are skipped.
 *
 * <h2>Untrusted input</h2>
 * The JDK's StAX parser reads the file with DTDs and external entities off and a resolver that
 * refuses every entity, and a file that declares a DOCTYPE at all is refused: no entity can pull a
 * local file or a URL into the parse (XXE, CWE-611). A KMZ is a zip whose first {@code .kml} entry
 * (by convention {@code doc.kml}) is read; its uncompressed size is bounded by
 * {@link #MAX_KML_BYTES}, so a zip bomb is refused rather than inflated.
 *
 * <p>Not thread-safe; one instance per file.
 */
public final class KmlPoints implements Closeable {

    /** Largest uncompressed KML read (bytes): far above any site or target list, far below memory. */
    public static final long MAX_KML_BYTES = 512L << 20;
    /** Zip entries looked through for the KML of a KMZ. */
    private static final int MAX_ZIP_ENTRIES = 10_000;
    private static final Pattern DECIMAL = Pattern.compile("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][+-]?\\d+)?");

    /**
     * A Point placemark.
     *
     * @param name its {@code <name>}, or empty
     * @param data its extended data, name to value, in document order
     * @param latDeg latitude (degrees), in [−90, 90]
     * @param lonDeg longitude (degrees), in [−180, 180]
     * @param line line of the placemark's start in the KML, for messages
     */
    public record Placemark(String name, Map<String, String> data, double latDeg, double lonDeg, long line) {
    }

    private final String source;
    private final InputStream in;
    private final XMLStreamReader xml;
    private java.util.function.BiConsumer<Long, String> onOtherGeometry = (line, type) -> { };

    private KmlPoints(String source, InputStream in) throws IOException {
        this.source = source;
        this.in = in;
        try {
            this.xml = factory().createXMLStreamReader(in);
        } catch (XMLStreamException e) {
            in.close();
            throw bad("not readable as XML: " + oneLine(e));
        } catch (MissingResourceException e) {
            in.close();
            throw bad("not readable as XML: " + malformed(e));
        }
    }

    /**
     * Opens a {@code .kml} file, or a {@code .kmz} archive (by its extension or its zip signature).
     *
     * @param file the file
     * @param label how messages name the file, e.g. {@code --sites-file 'x.kml'}
     * @throws IllegalArgumentException naming the file when it is missing or not KML
     */
    public static KmlPoints open(Path file, String label) throws IOException {
        return open(file, label, MAX_KML_BYTES);
    }

    /** As {@link #open(Path, String)} with another bound on the uncompressed size (bytes), for tests. */
    static KmlPoints open(Path file, String label, long maxBytes) throws IOException {
        if (!Files.isRegularFile(file)) {
            throw new IllegalArgumentException(at(label) + "no such file");
        }
        InputStream raw = Files.newInputStream(file);
        try {
            boolean zip = isZip(file);
            InputStream kml = zip ? kmlOfKmz(raw, label) : raw;
            return new KmlPoints(label, new Bounded(kml, label, maxBytes));
        } catch (IOException | RuntimeException e) {
            raw.close();
            throw e;
        }
    }

    /**
     * Tells {@code handler} about every placemark skipped for having no Point: its line and the
     * local name of its geometry element ({@code Polygon}, {@code LineString}, …, or
     * {@code none}). Placemarks are skipped silently unless a handler is set.
     *
     * @return this reader
     */
    public KmlPoints onOtherGeometry(java.util.function.BiConsumer<Long, String> handler) {
        this.onOtherGeometry = handler;
        return this;
    }

    /** The parser: no DTD, no external entities, and a resolver that refuses anything it is asked for. */
    static XMLInputFactory factory() {
        XMLInputFactory f = XMLInputFactory.newFactory();
        f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        f.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
        f.setXMLResolver((publicId, systemId, baseUri, namespace) -> {
            throw new XMLStreamException("external entity refused");
        });
        return f;
    }

    /**
     * The next Point placemark, or null at the end.
     *
     * @throws IllegalArgumentException naming the file and line for a DOCTYPE, bad XML or bad coordinates
     */
    public Placemark next() {
        try {
            while (xml.hasNext()) {
                int ev = xml.next();
                if (ev == XMLStreamConstants.DTD) {
                    throw bad("line " + xml.getLocation().getLineNumber()
                            + ": a DOCTYPE is not allowed in KML (refused: it could pull in other files)");
                }
                if (ev == XMLStreamConstants.ENTITY_REFERENCE) {
                    throw bad("line " + xml.getLocation().getLineNumber() + ": entity reference &"
                            + xml.getLocalName() + "; refused");
                }
                if (ev == XMLStreamConstants.START_ELEMENT && xml.getLocalName().equals("Placemark")) {
                    Placemark p = placemark();
                    if (p != null) {
                        return p;
                    }
                }
            }
            return null;
        } catch (XMLStreamException e) {
            throw bad("not readable as KML: " + oneLine(e));
        } catch (MissingResourceException e) {
            throw bad("not readable as KML: " + malformed(e));
        }
    }

    /**
     * The JDK's StAX parser reports some malformed input (an invalid character in a DOCTYPE) through
     * a message key its resource bundle lacks, and so throws {@code MissingResourceException} instead
     * of {@code XMLStreamException}; the key still says what is wrong.
     */
    static String malformed(MissingResourceException e) {
        return "malformed XML (parser error " + e.getKey() + ")";
    }

    /** Reads one placemark up to its end tag; null when it has no Point. */
    private Placemark placemark() throws XMLStreamException {
        long line = xml.getLocation().getLineNumber();
        String name = "";
        Map<String, String> data = new LinkedHashMap<>();
        String coordinates = null;
        int depth = 1;
        String dataName = null;
        boolean inPoint = false;
        String otherGeometry = null;
        while (depth > 0) {
            int ev = xml.next();
            if (ev == XMLStreamConstants.ENTITY_REFERENCE) {
                throw bad("line " + xml.getLocation().getLineNumber() + ": entity reference &"
                        + xml.getLocalName() + "; refused");
            }
            if (ev == XMLStreamConstants.END_ELEMENT) {
                depth--;
                if (xml.getLocalName().equals("Point")) {
                    inPoint = false;
                }
                continue;
            }
            if (ev != XMLStreamConstants.START_ELEMENT) {
                continue;
            }
            depth++;
            String el = xml.getLocalName();
            switch (el) {
                case "name" -> {
                    if (depth == 2) {
                        name = text();
                        depth--;
                    }
                }
                case "Data" -> dataName = xml.getAttributeValue(null, "name");
                case "value" -> {
                    String v = text();
                    depth--;
                    if (dataName != null) {
                        data.put(dataName, v);
                    }
                }
                case "SimpleData" -> {
                    String n = xml.getAttributeValue(null, "name");
                    String v = text();
                    depth--;
                    if (n != null) {
                        data.put(n, v);
                    }
                }
                case "Point" -> inPoint = true;
                case "Polygon", "LineString", "LinearRing", "MultiGeometry", "Model", "Track", "MultiTrack" -> {
                    if (otherGeometry == null) {
                        otherGeometry = el;
                    }
                }
                case "coordinates" -> {
                    String v = text();
                    depth--;
                    if (inPoint && coordinates == null) {
                        coordinates = v;
                    }
                }
                default -> {
                }
            }
        }
        if (coordinates == null) {
            onOtherGeometry.accept(line, otherGeometry == null ? "none" : otherGeometry);
            return null;
        }
        String[] parts = coordinates.strip().split("\\s*,\\s*");
        if (parts.length < 2 || parts.length > 3 || !DECIMAL.matcher(parts[0]).matches()
                || !DECIMAL.matcher(parts[1]).matches()) {
            throw bad("line " + line + ": Point coordinates '" + coordinates.strip()
                    + "': expected LON,LAT or LON,LAT,ALT in decimal degrees");
        }
        double lon = Double.parseDouble(parts[0]);
        double lat = Double.parseDouble(parts[1]);
        if (!(lat >= -90 && lat <= 90) || !(lon >= -180 && lon <= 180)) {
            throw bad("line " + line + ": Point coordinates '" + coordinates.strip()
                    + "': expected longitude in [-180, 180] and latitude in [-90, 90] degrees");
        }
        return new Placemark(name, data, lat, lon, line);
    }

    /** The element's text (its end tag consumed); nested elements are refused. */
    private String text() throws XMLStreamException {
        StringBuilder sb = new StringBuilder();
        while (true) {
            int ev = xml.next();
            switch (ev) {
                case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE ->
                        sb.append(xml.getText());
                case XMLStreamConstants.END_ELEMENT -> {
                    return sb.toString().strip();
                }
                case XMLStreamConstants.ENTITY_REFERENCE -> throw bad("line " + xml.getLocation().getLineNumber()
                        + ": entity reference &" + xml.getLocalName() + "; refused");
                case XMLStreamConstants.START_ELEMENT -> throw bad("line " + xml.getLocation().getLineNumber()
                        + ": unexpected element <" + xml.getLocalName() + "> inside a text element");
                default -> {
                }
            }
        }
    }

    @Override
    public void close() throws IOException {
        try {
            xml.close();
        } catch (XMLStreamException e) {
            // The stream below is closed anyway.
        }
        in.close();
    }

    private static boolean isZip(Path file) throws IOException {
        if (file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".kmz")) {
            return true;
        }
        try (InputStream s = Files.newInputStream(file)) {
            byte[] b = s.readNBytes(4);
            return b.length == 4 && b[0] == 'P' && b[1] == 'K' && b[2] == 3 && b[3] == 4;
        }
    }

    /** Positions the zip stream at its first {@code .kml} entry (doc.kml by convention). */
    private static InputStream kmlOfKmz(InputStream raw, String label) throws IOException {
        ZipInputStream zip = new ZipInputStream(raw);
        ZipEntry e;
        int seen = 0;
        while ((e = zip.getNextEntry()) != null) {
            if (++seen > MAX_ZIP_ENTRIES) {
                break;
            }
            if (!e.isDirectory() && e.getName().toLowerCase(Locale.ROOT).endsWith(".kml")) {
                return zip;
            }
        }
        throw new IllegalArgumentException(at(label) + "a KMZ must hold a .kml file (doc.kml); none found");
    }

    private IllegalArgumentException bad(String what) {
        return new IllegalArgumentException(at(source) + what);
    }

    /** The parser's message on one line, without the location prefix it repeats. */
    private static String oneLine(XMLStreamException e) {
        String m = e.getMessage() == null ? e.toString() : e.getMessage();
        int i = m.indexOf("Message: ");
        if (i >= 0) {
            m = m.substring(i + "Message: ".length());
        }
        return m.replaceAll("\\s+", " ").strip();
    }

    /** Refuses to read more than its bound ({@link #MAX_KML_BYTES} unless a test asks for less). */
    private static final class Bounded extends FilterInputStream {
        private final String label;
        private final long max;
        private long count;

        Bounded(InputStream in, String label, long max) {
            super(in);
            this.label = label;
            this.max = max;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count(1);
            }
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            if (n > 0) {
                count(n);
            }
            return n;
        }

        private void count(long n) {
            count += n;
            if (count > max) {
                throw new IllegalArgumentException(at(label) + "KML larger than " + max
                        + " bytes uncompressed; refused");
            }
        }
    }

    /** The file's label as a message prefix ({@code "LABEL: "}), or nothing for an empty label. */
    private static String at(String label) {
        return label == null || label.isEmpty() ? "" : label + ": ";
    }
}
