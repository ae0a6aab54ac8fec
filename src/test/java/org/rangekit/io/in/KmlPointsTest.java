package org.rangekit.io.in;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rangekit.range.Site;

/** KML and KMZ placemarks: both ExtendedData forms, ids and names, bad coordinates, and hostile files. */
class KmlPointsTest {

    static final String SECRET = "TOP-SECRET-4f9c2e";

    @TempDir
    Path dir;

    @Test
    void readsGoogleEarthAndGdalPlacemarksAndSkipsOtherGeometry() throws IOException {
        Path f = dir.resolve("a.kml");
        Files.writeString(f, """
                <?xml version="1.0" encoding="UTF-8"?>
                <kml xmlns="http://www.opengis.net/kml/2.2"><Document><Folder><name>folder</name>
                <Placemark><name>Kapustin Yar</name><Point><coordinates> 45.74481,48.58175,0 </coordinates></Point></Placemark>
                <Placemark><name>ring</name><LineString><coordinates>0,0 1,1</coordinates></LineString></Placemark>
                <Placemark><name>Ignored label</name><ExtendedData><SchemaData schemaUrl="#sites">
                  <SimpleData name="id">deveselu</SimpleData><SimpleData name="uncertainty_km">2.5</SimpleData>
                  <SimpleData name="source">GDAL</SimpleData><SimpleData name="site_name">Deveselu</SimpleData>
                </SchemaData></ExtendedData><Point><coordinates>24.4,44.1</coordinates></Point></Placemark>
                </Folder></Document></kml>
                """);
        List<Site> sites = SiteFiles.read(f, "test");
        assertEquals(2, sites.size());
        assertEquals("kapustin-yar", sites.get(0).id());
        assertEquals("Kapustin Yar", sites.get(0).name());
        assertEquals("a.kml", sites.get(0).source());
        assertEquals(48.58175, sites.get(0).point().latDeg(), 0);
        assertEquals(45.74481, sites.get(0).point().lonDeg(), 0);
        assertEquals("deveselu", sites.get(1).id());
        assertEquals("Deveselu", sites.get(1).name());
        assertEquals(2.5, sites.get(1).uncertaintyKm(), 0);
        assertEquals("GDAL", sites.get(1).source());
    }

    @Test
    void badCoordinatesNameTheLineAndTheValue() throws IOException {
        Path f = dir.resolve("b.kml");
        Files.writeString(f, "<kml><Document>\n<Placemark><name>x</name><Point><coordinates>200,10</coordinates>"
                + "</Point></Placemark></Document></kml>");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> SiteFiles.read(f, "F"));
        assertEquals("F: line 2: Point coordinates '200,10': expected longitude in [-180, 180] and latitude in"
                + " [-90, 90] degrees", e.getMessage());
        Files.writeString(f, "<kml><Placemark><Point><coordinates>NaN,10</coordinates></Point></Placemark></kml>");
        assertTrue(assertThrows(IllegalArgumentException.class, () -> SiteFiles.read(f, "F")).getMessage()
                .contains("'NaN,10'"));
    }

    @Test
    void anExternalEntityIsRefusedAndTheFileNeverRead() throws IOException {
        Path secret = dir.resolve("secret.txt");
        Files.writeString(secret, SECRET);
        for (String doctype : List.of(
                "<!DOCTYPE kml [<!ENTITY xxe SYSTEM \"" + secret.toUri() + "\">]>",
                "<!DOCTYPE kml [<!ENTITY % p SYSTEM \"" + secret.toUri() + "\"> %p;]>",
                "<!DOCTYPE kml SYSTEM \"" + secret.toUri() + "\">")) {
            Path f = dir.resolve("xxe.kml");
            Files.writeString(f, "<?xml version=\"1.0\"?>\n" + doctype + "\n<kml><Placemark><name>&xxe;</name>"
                    + "<Point><coordinates>1,2</coordinates></Point></Placemark></kml>");
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> SiteFiles.read(f, "F"));
            assertFalse(e.getMessage().contains(SECRET), e.getMessage());
            assertTrue(e.getMessage().startsWith("F: "), e.getMessage());
            assertFalse(e.getMessage().contains("\n"));
        }
    }

    @Test
    void internalEntityExpansionIsRefused() throws IOException {
        Path f = dir.resolve("lol.kml");
        Files.writeString(f, "<?xml version=\"1.0\"?><!DOCTYPE kml [<!ENTITY a \"aaaaaaaaaa\">"
                + "<!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\">]><kml><Placemark><name>&b;</name>"
                + "<Point><coordinates>1,2</coordinates></Point></Placemark></kml>");
        assertThrows(IllegalArgumentException.class, () -> SiteFiles.read(f, "F"));
    }

    /**
     * Found by {@code scripts/fuzz 60 kmlTargets}: a control character in a DOCTYPE made the JDK's
     * parser throw MissingResourceException (its message key InvalidCharInDTD is missing), an
     * internal error instead of bad input; both KML readers now name the file and the parser's key.
     */
    @Test
    void anInvalidCharacterInADoctypeIsBadInputInBothReaders() throws IOException {
        Path f = dir.resolve("dtd.kml");
        Files.write(f, ("<?xml version=\"1.0\"?>\n<!DOCTYPE kml [<!ENTITY \u0001\u0000xxe SY>]>\n<kml><Placemark>"
                + "<name>x</name><Point><coordinates>1,2</coordinates></Point></Placemark></kml>\n")
                .getBytes(StandardCharsets.UTF_8));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> SiteFiles.read(f, "F"));
        assertTrue(e.getMessage().contains("malformed XML (parser error InvalidCharInDTD)"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class,
                () -> AreaReader.read(f, org.rangekit.geodesy.EarthModel.WGS84));
        assertTrue(e.getMessage().contains("not valid KML: malformed XML (parser error InvalidCharInDTD)"), e.getMessage());
    }

    @Test
    void aKmzIsReadAndItsSizeBounded() throws IOException {
        Path f = dir.resolve("c.kmz");
        try (ZipOutputStream z = new ZipOutputStream(Files.newOutputStream(f))) {
            z.putNextEntry(new ZipEntry("images/x.png"));
            z.write(new byte[10]);
            z.putNextEntry(new ZipEntry("doc.kml"));
            z.write(("<kml><Placemark><name>A</name><Point><coordinates>1,2</coordinates></Point></Placemark>"
                    + " ".repeat(2_000_000) + "</kml>").getBytes(StandardCharsets.UTF_8));
        }
        assertEquals("a", SiteFiles.read(f, "F").get(0).id());
        try (KmlPoints k = KmlPoints.open(f, "F", 1_000_000)) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> {
                while (k.next() != null) {
                    // read to the end
                }
            });
            assertEquals("F: KML larger than 1000000 bytes uncompressed; refused", e.getMessage());
        }
        Path empty = dir.resolve("d.kmz");
        try (ZipOutputStream z = new ZipOutputStream(Files.newOutputStream(empty))) {
            z.putNextEntry(new ZipEntry("readme.txt"));
        }
        assertThrows(IllegalArgumentException.class, () -> SiteFiles.read(empty, "F"));
    }

    @Test
    void noPointsIsBadInput() throws IOException {
        Path f = dir.resolve("e.kml");
        Files.writeString(f, "<kml><Document/></kml>");
        assertEquals("F: no sites (Point features) found",
                assertThrows(IllegalArgumentException.class, () -> SiteFiles.read(f, "F")).getMessage());
        try (KmlPoints k = KmlPoints.open(f, "F")) {
            assertNull(k.next());
        }
    }
}
