package org.rangekit.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.StringWriter;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import net.sf.geographiclib.Geodesic;
import net.sf.geographiclib.GeodesicData;
import net.sf.geographiclib.PolygonArea;
import net.sf.geographiclib.PolygonResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The README's "Use as a library" program, taken from README.md as it stands, compiled against
 * the built classes and the test classpath, run, and its output checked against independent
 * references: so the README cannot drift from the API, and what it prints is right.
 */
class ReadmeExampleTest {

    /**
     * The printed area (3 decimals) against GeographicLib's PolygonArea of a dense geodesic polygon
     * on the ring, extrapolated to infinitely many vertices: 0.01 km² is 1.3e-8 of the area, above
     * the extrapolation's residual (below 1e-4 km² at 16,384 and 32,768 vertices) and the printing.
     */
    static final double AREA_TOL_KM2 = 0.01;
    static final double RADIUS_M = 500_000;
    static final double LAT_DEG = 48.58;
    static final double LON_DEG = 45.80;

    @TempDir
    Path dir;

    @Test
    void readmeProgramCompilesRunsAndPrintsTheExactArea() throws Exception {
        String source = readmeProgram();
        assertTrue(source.contains("public class DiscExample"), source);
        Path file = dir.resolve("DiscExample.java");
        Files.writeString(file, source);

        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        assertNotNull(javac, "tests run on a JDK");
        StringWriter diagnostics = new StringWriter();
        boolean ok = javac.getTask(diagnostics, null, null,
                List.of("-classpath", System.getProperty("java.class.path"), "-d", dir.toString(), "-Xlint:all",
                        "-Werror"),
                null, javac.getStandardFileManager(null, null, StandardCharsets.UTF_8).getJavaFileObjects(file.toFile()))
                .call();
        assertTrue(ok, diagnostics::toString);

        String out = run(dir);
        Matcher area = Pattern.compile("area_km2: (\\d+\\.\\d{3})").matcher(out);
        assertTrue(area.find(), out);
        assertEquals(polygonAreaKm2(), Double.parseDouble(area.group(1)), AREA_TOL_KM2, out);

        GeodesicData inv = Geodesic.WGS84.Inverse(LAT_DEG, LON_DEG, 52, 49);
        String expected = String.format(java.util.Locale.ROOT, "52N 49E: %.3f km away, %s", inv.s12 / 1000,
                inv.s12 <= RADIUS_M ? "inside" : "outside");
        assertTrue(out.contains(expected), "expected '" + expected + "' in:\n" + out);

        JsonNode json = new ObjectMapper().readTree(out.substring(out.indexOf('{')));
        assertEquals("FeatureCollection", json.get("type").asText());
        JsonNode props = json.get("features").get(0).get("properties");
        assertEquals(500, props.get("outer_km").asDouble());
        assertEquals(Double.parseDouble(area.group(1)), props.get("area_km2").asDouble(), 0.001);
    }

    /** The first {@code java} block after the heading "## Use as a library" in README.md. */
    static String readmeProgram() throws Exception {
        String readme = Files.readString(Path.of("README.md"));
        int section = readme.indexOf("\n## Use as a library\n");
        assertTrue(section >= 0, "README.md has a 'Use as a library' section");
        int start = readme.indexOf("```java\n", section);
        int end = readme.indexOf("\n```", start + 8);
        assertTrue(start > 0 && end > start, "the section has a java block");
        return readme.substring(start + "```java\n".length(), end + 1);
    }

    private static String run(Path classes) throws Exception {
        PrintStream saved = System.out;
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        try (URLClassLoader loader = new URLClassLoader(new URL[] {classes.toUri().toURL()},
                ReadmeExampleTest.class.getClassLoader())) {
            Method main = loader.loadClass("DiscExample").getMethod("main", String[].class);
            System.setOut(new PrintStream(buffer, true, StandardCharsets.UTF_8));
            main.invoke(null, (Object) new String[0]);
        } finally {
            System.setOut(saved);
        }
        return buffer.toString(StandardCharsets.UTF_8);
    }

    /**
     * Area of the geodesic disc from GeographicLib alone: PolygonArea of n vertices placed on the ring
     * by the direct problem, whose deficit falls as 1/n²; Richardson extrapolation of n and 2n.
     */
    static double polygonAreaKm2() {
        double a1 = polygonAreaM2(16_384);
        double a2 = polygonAreaM2(32_768);
        return (a2 + (a2 - a1) / 3) / 1e6;
    }

    private static double polygonAreaM2(int n) {
        PolygonArea p = new PolygonArea(Geodesic.WGS84, false);
        for (int i = 0; i < n; i++) {
            GeodesicData d = Geodesic.WGS84.Direct(LAT_DEG, LON_DEG, 360.0 * i / n, RADIUS_M);
            p.AddPoint(d.lat2, d.lon2);
        }
        PolygonResult r = p.Compute(false, true);
        return Math.abs(r.area);
    }
}
