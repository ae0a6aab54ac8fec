package org.rangekit.render;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rangekit.ExternalTools;
import org.rangekit.Slow;
import org.rangekit.cli.Main;

/**
 * PDF maps carry real text and honest dates (issue "Safe edges", item 12). Regression: JFreePDF
 * drew text as glyph outlines (pdffonts listed nothing, pdftotext found nothing) and the dates were
 * fixed at 2000-01-01 whatever the environment said.
 *
 * <p>Each map is rendered by a child JVM ({@code rangekit map}), so the environment variable
 * {@code SOURCE_DATE_EPOCH} is the child's and two renders share nothing in memory; Poppler's
 * tools read the results.
 */
@Slow
class PdfTextAndDateTest {

    /** 2021-03-04T05:06:07Z. */
    static final long EPOCH_S = 1614834367L;

    /** The child JVM renders within this of the test's clock (start to end of the render). */
    static final Duration CLOCK_TOL = Duration.ofMinutes(5);

    private static Path render(Path dir, String name, String sourceDateEpoch) throws IOException, InterruptedException {
        Path out = dir.resolve(name);
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Djava.awt.headless=true", "-cp", System.getProperty("java.class.path"), Main.class.getName(),
                "map", "--site", "kapustin-yar", "--preset", "inf", "--size", "800x560", "--dpi", "72",
                "-o", out.toString()));
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true)
                .redirectOutput(dir.resolve(name + ".log").toFile());
        Map<String, String> env = pb.environment();
        env.remove("SOURCE_DATE_EPOCH");
        if (sourceDateEpoch != null) {
            env.put("SOURCE_DATE_EPOCH", sourceDateEpoch);
        }
        Process p = pb.start();
        assertTrue(p.waitFor(180, TimeUnit.SECONDS), "rangekit map did not finish");
        assertEquals(0, p.exitValue(), Files.readString(dir.resolve(name + ".log")));
        return out;
    }

    private static String tool(Path dir, String... cmd) throws IOException, InterruptedException {
        File log = dir.resolve("tool.out").toFile();
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log).start();
        assertTrue(p.waitFor(60, TimeUnit.SECONDS), cmd[0] + " did not finish");
        String out = Files.readString(log.toPath(), StandardCharsets.UTF_8);
        assertEquals(0, p.exitValue(), cmd[0] + ": " + out);
        return out;
    }

    @Test
    void textIsAnEmbeddedFontThatPdftotextReads(@TempDir Path dir) throws Exception {
        Path pdffonts = ExternalTools.require("pdffonts");
        Path pdftotext = ExternalTools.require("pdftotext");
        Path pdf = render(dir, "map.pdf", null);
        String fonts = tool(dir, pdffonts.toString(), pdf.toString());
        // name type encoding emb sub uni: one row per font after the two header lines
        List<String> rows = fonts.lines().skip(2).filter(l -> !l.isBlank()).toList();
        assertTrue(!rows.isEmpty(), "pdffonts lists no font:\n" + fonts);
        for (String row : rows) {
            assertTrue(row.matches("\\S+\\s+.*\\s+yes\\s+yes\\s+yes\\s+\\d+\\s+\\d+\\s*"),
                    "font not embedded as a subset with a Unicode map: " + row);
        }
        String text = tool(dir, pdftotext.toString(), "-enc", "UTF-8", pdf.toString(), "-");
        for (String label : List.of("500 km", "1,000 km", "5,500 km", "0–480 km", "±50 km", "Kapustin Yar")) {
            assertTrue(text.contains(label), "pdftotext lacks '" + label + "':\n" + text);
        }
    }

    @Test
    void sameSourceDateEpochGivesTheSameBytesAndThatDate(@TempDir Path dir) throws Exception {
        Path pdfinfo = ExternalTools.require("pdfinfo");
        Path a = render(dir, "a.pdf", Long.toString(EPOCH_S));
        Path b = render(dir, "b.pdf", Long.toString(EPOCH_S));
        assertArrayEquals(Files.readAllBytes(a), Files.readAllBytes(b), "two renders with one SOURCE_DATE_EPOCH differ");
        Instant created = creationDate(pdfinfo, dir, a);
        assertEquals(Instant.ofEpochSecond(EPOCH_S), created);
    }

    @Test
    void withoutSourceDateEpochTheDateIsNow(@TempDir Path dir) throws Exception {
        Path pdfinfo = ExternalTools.require("pdfinfo");
        Instant before = Instant.now();
        Path pdf = render(dir, "now.pdf", null);
        Instant after = Instant.now();
        Instant created = creationDate(pdfinfo, dir, pdf);
        assertTrue(!created.isBefore(before.minus(CLOCK_TOL)) && !created.isAfter(after.plus(CLOCK_TOL)),
                "creation date " + created + " is not between " + before + " and " + after);
    }

    /** The CreationDate pdfinfo prints with {@code -isodates} (e.g. 2021-03-04T05:06:07Z or +00). */
    private static Instant creationDate(Path pdfinfo, Path dir, Path pdf) throws Exception {
        String info = tool(dir, pdfinfo.toString(), "-isodates", pdf.toString());
        Matcher m = Pattern.compile("(?m)^CreationDate:\\s+(\\S+)").matcher(info);
        assertTrue(m.find(), "no CreationDate:\n" + info);
        String iso = m.group(1).replaceAll("([+-]\\d\\d)$", "$1:00");
        return ZonedDateTime.parse(iso, DateTimeFormatter.ISO_OFFSET_DATE_TIME.withLocale(Locale.ROOT))
                .withZoneSameInstant(ZoneOffset.UTC).toInstant();
    }
}
