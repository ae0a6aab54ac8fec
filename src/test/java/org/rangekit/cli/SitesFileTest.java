package org.rangekit.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code --sites-file}: sites from a KML file on the command line, and a hostile KML refused with nothing leaked. */
class SitesFileTest {

    static final String SECRET = "SECRET-CONTENT-8d1f0a";

    @TempDir
    Path dir;

    @Test
    void ringsAroundTheSitesOfAKmlFile() throws IOException {
        Path kml = dir.resolve("sites.kml");
        Files.writeString(kml, "<kml xmlns=\"http://www.opengis.net/kml/2.2\"><Document>"
                + "<Placemark><name>Deveselu</name><Point><coordinates>24.4,44.1</coordinates></Point></Placemark>"
                + "</Document></kml>");
        Cli.Result r = Cli.run("rings", "--sites-file", kml.toString(), "--range", "500", "-o", "-");
        assertEquals(0, r.exitCode(), r.stderr());
        String out = new String(r.stdoutBytes(), StandardCharsets.UTF_8);
        assertTrue(out.contains("\"site\":\"deveselu\""), out);
        assertTrue(out.contains("\"site_name\":\"Deveselu\""), out);
    }

    @Test
    void anExternalEntityIsRefusedWithExit2AndLeaksNothing() throws IOException {
        Path secret = dir.resolve("passwd");
        Files.writeString(secret, SECRET);
        Path kml = dir.resolve("evil.kml");
        Files.writeString(kml, "<?xml version=\"1.0\"?>\n<!DOCTYPE kml [<!ENTITY xxe SYSTEM \"" + secret.toUri()
                + "\">]>\n<kml><Placemark><name>&xxe;</name><Point><coordinates>1,2</coordinates></Point>"
                + "</Placemark></kml>");
        Path out = dir.resolve("out.geojson");
        Path png = dir.resolve("out.png");
        for (String[] args : new String[][] {
            {"rings", "--sites-file", kml.toString(), "--range", "500", "-o", out.toString()},
            {"rings", "--sites-file", kml.toString(), "--range", "500", "-o", "-"},
            {"map", "--sites-file", kml.toString(), "--range", "500", "--size", "300x200", "-o", png.toString()}}) {
            Cli.Result r = Cli.run(args);
            assertEquals(2, r.exitCode(), r.stderr());
            assertFalse(new String(r.stdoutBytes(), StandardCharsets.UTF_8).contains(SECRET));
            assertFalse(r.stderr().contains(SECRET), r.stderr());
            assertEquals(1, r.stderr().strip().lines().count(), r.stderr());
            assertTrue(r.stderr().startsWith("rangekit: --sites-file '") || r.stderr().contains("--sites-file '"),
                    r.stderr());
        }
        assertFalse(Files.exists(out));
        assertFalse(Files.exists(png));
        try (Stream<Path> files = Files.list(dir)) {
            for (Path f : (Iterable<Path>) files::iterator) {
                if (!f.equals(secret)) {
                    assertFalse(new String(Files.readAllBytes(f), StandardCharsets.UTF_8).contains(SECRET), f.toString());
                }
            }
        }
    }

    @Test
    void neitherSiteNorFileIsBadInput() {
        Cli.Result r = Cli.run("rings", "--range", "500", "-o", "-");
        assertEquals(2, r.exitCode());
        assertTrue(r.stderr().contains("--site"), r.stderr());
    }
}
