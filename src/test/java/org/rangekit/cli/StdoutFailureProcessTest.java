package org.rangekit.cli;

import org.rangekit.Slow;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The real process (issue 8, items 2 and 5): {@link Main#main} in a child JVM with its standard
 * output on {@code /dev/full}, and {@code -o} given the shell's {@code >(...)}. The in-process tests
 * ({@link OutputFailureTest}) cover every command; these check the wiring of the real stdout.
 */
@Slow
@EnabledOnOs(OS.LINUX)
class StdoutFailureProcessTest {

    @TempDir
    Path dir;

    private static List<String> java(String... args) {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Djava.awt.headless=true", "-cp", System.getProperty("java.class.path"), Main.class.getName()));
        cmd.addAll(Arrays.asList(args));
        return cmd;
    }

    /** Regression: {@code rangekit sites > /dev/full} (and the others) exited 0 silently. */
    @ParameterizedTest
    @ValueSource(strings = {
        "rangekit sites|sites",
        "rangekit map|map --site kapustin-yar --range 500 --size 200x150 -o -",
        "rangekit|--help",
        "rangekit|--version",
    })
    void stdoutOnDevFullIsExitOneWithOneLine(String nameAndCall) throws IOException, InterruptedException {
        String[] parts = nameAndCall.split("\\|");
        Path err = dir.resolve("err");
        Process p = new ProcessBuilder(java(parts[1].split(" ")))
                .redirectOutput(new File("/dev/full")).redirectError(err.toFile()).start();
        assertTrue(p.waitFor(120, TimeUnit.SECONDS));
        List<String> lines = Files.readAllLines(err, StandardCharsets.UTF_8);
        assertEquals(1, p.exitValue(), lines.toString());
        assertEquals(List.of(parts[0] + ": cannot write standard output: No space left on device"), lines);
    }

    /**
     * Regression: {@code -o >(wc -c)} failed naming {@code /dev/fd/.63….tmp}. The shell's
     * {@code /dev/fd/63} is written in place and the reader gets the same bytes as {@code -o -}.
     */
    @Test
    void processSubstitutionGetsTheOutput() throws IOException, InterruptedException {
        Path got = dir.resolve("got");
        StringBuilder cmd = new StringBuilder();
        for (String a : java("rings", "--site", "kapustin-yar", "--range", "500", "-o")) {
            cmd.append('\'').append(a).append("' ");
        }
        cmd.append(">(cat > '").append(got).append("'); rc=$?; wait $!; exit $rc");
        Path err = dir.resolve("err");
        Process p = new ProcessBuilder("bash", "-c", cmd.toString()).redirectError(err.toFile()).start();
        assertTrue(p.waitFor(120, TimeUnit.SECONDS));
        assertEquals(0, p.exitValue(), Files.readString(err));
        assertEquals("", Files.readString(err));
        assertArrayEquals(Cli.run("rings", "--site", "kapustin-yar", "--range", "500").stdoutBytes(),
                Files.readAllBytes(got));
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(List.of(err, got), files.sorted().toList());
        }
    }
}
