package org.rangekit.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rangekit.Slow;

class CoverageCommandTest {

    @TempDir
    Path dir;

    @Test
    void capitalsPerInfBandFromKapustinYar() {
        Cli.Result r = Cli.run("coverage", "--site", "kapustin-yar", "--preset", "inf", "--targets", "capitals",
                "--format", "md");
        assertEquals(0, r.exitCode(), r.toString());
        String md = r.stdout();
        assertTrue(md.contains("### 500\u20131,000 km (shorter-range (INF)) \u2014 4 targets"), md);
        // echo "48.58175 45.74481 55.75222 37.61556" | GeodSolve -i -p 4  ->  971195.0318 m (Moscow).
        assertTrue(md.contains("| Moscow | RU | 971.195 | kapustin-yar |"), md);
        assertTrue(md.contains("### 1,000\u20135,500 km (intermediate-range (INF))"), md);
        assertTrue(md.contains("| Berlin | DE | 2,312.706 |"), md);
        assertTrue(md.endsWith("_Data: Natural Earth; GeoNames._\n"));
    }

    @Test
    void compareWhat500AddsOver480() {
        Cli.Result r = Cli.run("compare", "--site", "kapustin-yar", "--range", "480", "--vs-range", "500",
                "--targets", "cities", "--format", "md");
        assertEquals(0, r.exitCode(), r.toString());
        String md = r.stdout();
        assertTrue(md.startsWith("## What 500 km adds over 480 km from kapustin-yar"), md);
        assertTrue(md.contains("| Oral | KZ |"), md);          // Uralsk: GeodSolve -i gives 499836.7976 m
        assertTrue(md.contains("| Stavropol\u2019 | RU |"), md);
        assertTrue(md.contains("480 < d \u2264 500 km"), md);
    }

    @Test
    void csvAndJsonCarryTheColumnsAndAttribution() throws IOException {
        Cli.Result csv = Cli.run("coverage", "--site", "kapustin-yar", "--preset", "inf", "--targets", "capitals",
                "--format", "csv");
        assertEquals(0, csv.exitCode());
        String header = csv.stdout().lines().findFirst().orElseThrow();
        assertEquals("name,country,lat,lon,site,distance_km,band,category,needed_range_km,population,reach,"
                + "site_uncertainty_km", header);
        Cli.Result json = Cli.run("coverage", "--site", "kapustin-yar", "--preset", "inf", "--targets", "capitals",
                "--format", "json");
        JsonNode root = new ObjectMapper().readTree(json.stdoutBytes());
        assertEquals("Natural Earth; GeoNames", root.get("attribution").asText());
        assertTrue(root.get("targets").size() > 190);
        JsonNode moscow = null;
        for (JsonNode t : root.get("targets")) {
            if (t.get("name").asText().equals("Moscow")) {
                moscow = t;
            }
        }
        assertEquals("500\u20131,000 km", moscow.get("band").asText());
        assertEquals("shorter-range (INF)", moscow.get("category").asText());
        assertEquals(971.195, moscow.get("needed_range_km").asDouble());
    }

    @Test
    @Slow
    void summaryFileLeavesNothingElseAndItsUnionIsBelowTheSum() throws IOException {
        // The bytes themselves are pinned across processes by CliGoldenTest.
        Path a = dir.resolve("a.json");
        String[] args = {"coverage", "--site", "kapustin-yar", "--site", "chernyakhovsk", "--range", "1000",
            "--targets", "capitals", "--summary", "--format", "json", "-o", a.toString()};
        assertEquals(0, Cli.run(args).exitCode());
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(1, files.count(), "no temporary files left behind");
        }
        JsonNode rows = new ObjectMapper().readTree(a.toFile()).get("tables").get(0).get("rows");
        assertEquals(6, rows.size());                            // two sites and the union, each with its beyond row
        assertEquals("union", rows.get(4).get("site").asText());
        assertEquals("beyond 1,000 km", rows.get(5).get("band").asText());
        // Two 1000 km discs: the union area is the sum of the discs minus their overlap.
        double union = rows.get(4).get("area_total_km2").asDouble();
        double sum = rows.get(0).get("area_total_km2").asDouble() + rows.get(2).get("area_total_km2").asDouble();
        assertTrue(union > 0.9 * sum && union < sum, union + " vs " + sum);
        // Beyond the union lies the rest of the ellipsoid (each figure rounded to 0.1 km2).
        assertEquals(org.rangekit.geodesy.EarthModel.WGS84.surfaceAreaSquareMeters() / 1e6,
                union + rows.get(5).get("area_total_km2").asDouble(), 0.1);
    }

    @Test
    void badRowsAreSkippedWithLineNumbersAndCounted() throws IOException {
        Path f = dir.resolve("t.csv");
        Files.writeString(f, "name,lat,lon\nA,48,45\nB,91,45\nC,48°N,46°E\nD,x,1\n");
        Cli.Result r = Cli.run("coverage", "--site", "kapustin-yar", "--range", "500", "--targets", f.toString(),
                "--format", "csv");
        assertEquals(0, r.exitCode(), r.toString());
        assertEquals(3, r.stdout().lines().count());            // header + A + C
        List<String> err = r.stderrLines();
        assertTrue(err.get(0).startsWith("warning: skipped t.csv:3: latitude '91'"), err.toString());
        assertTrue(err.get(1).startsWith("warning: skipped t.csv:5:"), err.toString());
        assertEquals("warning: 2 bad row(s) skipped in t.csv", err.get(2));
    }

    @Test
    void strictBadRowMissingFileUnknownSetAndNoColumnsExitTwoWithOneLine() throws IOException {
        Path f = dir.resolve("t.csv");
        Files.writeString(f, "lat,lon\n48,45\n91,45\n");
        Path out = dir.resolve("out.csv");
        Cli.Result strict = Cli.run("coverage", "--site", "kapustin-yar", "--range", "500", "--targets", f.toString(),
                "--strict", "--format", "csv", "-o", out.toString());
        assertEquals(2, strict.exitCode());
        assertEquals(1, strict.stderrLines().size(), strict.stderr());
        assertTrue(strict.stderr().contains("t.csv:3"), strict.stderr());
        assertFalse(Files.exists(out), "no output file after a failure");

        Cli.Result missing = Cli.run("coverage", "--site", "kapustin-yar", "--range", "500", "--targets",
                dir.resolve("nope.csv").toString());
        assertEquals(2, missing.exitCode());
        assertEquals(1, missing.stderrLines().size());

        Cli.Result unknown = Cli.run("coverage", "--site", "kapustin-yar", "--range", "500", "--targets", "villages");
        assertEquals(2, unknown.exitCode());
        assertEquals(1, unknown.stderrLines().size());
        assertTrue(unknown.stderr().contains("'villages'"), unknown.stderr());

        Path noCols = dir.resolve("n.csv");
        Files.writeString(noCols, "x,y\n1,2\n");
        Cli.Result cols = Cli.run("coverage", "--site", "kapustin-yar", "--range", "500", "--targets", noCols.toString());
        assertEquals(2, cols.exitCode());
        assertEquals(1, cols.stderrLines().size());
        assertTrue(cols.stderr().contains("no latitude column"), cols.stderr());
    }

    @Test
    void geoJsonPolygonsAreClassifiedByTheirNearestPoint() throws IOException {
        Path f = dir.resolve("areas.geojson");
        // A 1°×1° square whose western edge runs 1° east of the site's meridian, at the site's latitude.
        Files.writeString(f, """
                {"type": "FeatureCollection", "features": [
                 {"type": "Feature", "properties": {"name": "square", "kind": "test"},
                  "geometry": {"type": "Polygon", "coordinates": [[[46.74481, 48], [47.74481, 48],
                    [47.74481, 49], [46.74481, 49], [46.74481, 48]]]}}]}
                """);
        Cli.Result r = Cli.run("coverage", "--site", "kapustin-yar", "--range", "480", "--targets", f.toString(),
                "--format", "csv");
        assertEquals(0, r.exitCode(), r.toString());
        String row = r.stdout().lines().skip(1).findFirst().orElseThrow();
        // The nearest point is on the western edge, about 1° of longitude at 48.58° N ≈ 74 km away.
        String[] cells = row.split(",");
        double km = Double.parseDouble(cells[5]);
        assertTrue(km > 73 && km < 75, row);
        Cli.Result json = Cli.run("coverage", "--site", "kapustin-yar", "--range", "480", "--targets", f.toString(),
                "--format", "json");
        JsonNode t = new ObjectMapper().readTree(json.stdoutBytes()).get("targets").get(0);
        assertEquals("test", t.get("properties").get("kind").asText());
    }

    @Test
    void severalSitesGiveEachTargetItsNearestSite() {
        Cli.Result r = Cli.run("coverage", "--site", "kapustin-yar", "--site", "chernyakhovsk", "--preset", "inf",
                "--targets", "capitals", "--format", "csv");
        assertEquals(0, r.exitCode(), r.toString());
        String warsaw = r.stdout().lines().filter(l -> l.startsWith("Warsaw,")).findFirst().orElseThrow();
        String tbilisi = r.stdout().lines().filter(l -> l.startsWith("Tbilisi,")).findFirst().orElseThrow();
        assertTrue(warsaw.contains(",chernyakhovsk,"), warsaw);
        assertTrue(tbilisi.contains(",kapustin-yar,768.786,"), tbilisi);
    }

    /** An uncut antimeridian crossing in a --targets file is warned about once, on stderr, with its feature index. */
    @Test
    void uncutAntimeridianPolygonIsWarnedOnce() throws IOException {
        Path f = dir.resolve("pacific.geojson");
        Files.writeString(f, org.rangekit.io.in.targets.AntimeridianWarningTest.FILE);
        Cli.Result r = Cli.run("coverage", "--site", "petropavlovsk-kamchatsky", "--range", "5500", "--targets",
                f.toString(), "--format", "csv");
        assertEquals(0, r.exitCode(), r.toString());
        assertEquals(1, r.stderrLines().size(), r.stderr());
        assertTrue(r.stderr().startsWith("warning: pacific.geojson:5: feature 2 "), r.stderr());
        Cli.Result quiet = Cli.run("coverage", "--site", "petropavlovsk-kamchatsky", "--range", "5500", "--targets",
                f.toString(), "--format", "csv", "--quiet");
        assertEquals("", quiet.stderr());
    }

    @Test
    @Slow
    void compareTwoSitesAndUnion() {
        Cli.Result two = Cli.run("compare", "--site", "kapustin-yar", "--vs-site", "chernyakhovsk", "--range", "1000",
                "--targets", "capitals", "--format", "csv", "--summary");
        assertEquals(0, two.exitCode(), two.toString());
        List<String> lines = two.stdout().lines().toList();
        assertEquals("coverage,targets,targets_population,population_cities,population_area_share,area_total_km2,"
                + "area_land_km2", lines.get(0));
        assertEquals(6, lines.size());
        Cli.Result union = Cli.run("compare", "--site", "kapustin-yar", "--site", "mozdok", "--range", "500",
                "--targets", "cities", "--format", "csv");
        assertEquals(0, union.exitCode(), union.toString());
        assertTrue(union.stdout().lines().anyMatch(l -> l.startsWith("union,")));
        Cli.Result none = Cli.run("compare", "--site", "kapustin-yar", "--range", "500", "--targets", "cities");
        assertEquals(2, none.exitCode());
    }
}
