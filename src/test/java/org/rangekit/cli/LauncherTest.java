package org.rangekit.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The {@code rangekit} launcher script when the jar is out of date and Maven is not installed
 * (issue 8, item 8: it printed "line 31: mvn: command not found" and exited 127). It is run by
 * bash in a copy of the repository's layout with a PATH that holds the tools it uses, a stand-in
 * {@code java}, and no {@code mvn}.
 */
class LauncherTest {

    @TempDir
    Path dir;

    record Run(int exitCode, String stdout, String stderr) {
    }

    /** A stand-in {@code java}: says it ran; for {@code -Xshare:dump} writes the archive (or fails with FAIL set). */
    private static final String JAVA = "#!/bin/sh\necho \"java ran\"\n";

    private static final String JAVA_DUMPING = """
            #!/bin/sh
            echo "$*" >> "$JAVA_LOG"
            dump=
            for a in "$@"; do
              case "$a" in
                -XX:SharedArchiveFile=*) f="${a#-XX:SharedArchiveFile=}" ;;
                -Xshare:dump) dump=1 ;;
              esac
            done
            if [ -n "$dump" ]; then
              if [ -n "$FAIL" ]; then exit 1; fi
              echo archive > "$f"
            fi
            echo "java ran"
            """;

    private Run launch(Map<String, String> env) throws IOException, InterruptedException {
        return launch(env, true, JAVA);
    }

    private Run launch(Map<String, String> env, boolean staleJar, String javaScript)
            throws IOException, InterruptedException {
        Path root = dir.resolve("repo");
        Files.createDirectories(root.resolve("target/lib"));
        Files.createDirectories(root.resolve("src/main/java"));
        Files.createDirectories(root.resolve("src/test/java"));
        if (!Files.exists(root.resolve("rangekit"))) {
            Files.copy(Paths.get("rangekit"), root.resolve("rangekit"));
        }
        Path jar = root.resolve("target/rangekit.jar");
        if (!Files.exists(jar)) {
            Files.writeString(jar, "");
            Files.writeString(root.resolve("pom.xml"), "<project/>");
            Files.writeString(root.resolve("src/main/java/Changed.java"), "");
            long now = System.currentTimeMillis();
            for (Path p : List.of(root.resolve("pom.xml"), root.resolve("src/main/java/Changed.java"),
                    root.resolve("src/main/java"), root.resolve("src/main"), root.resolve("src"))) {
                Files.setLastModifiedTime(p, FileTime.fromMillis(now - 1_800_000));
            }
            Files.setLastModifiedTime(jar, FileTime.fromMillis(now + (staleJar ? -3_600_000 : -600_000)));
        }

        Path bin = Files.createDirectories(dir.resolve("bin"));
        for (String tool : List.of("readlink", "mkdir", "flock", "sed", "touch", "rm", "mv", "cat")) {
            Path found = which(tool);
            if (found != null && !Files.exists(bin.resolve(tool))) {
                Files.createSymbolicLink(bin.resolve(tool), found);
            }
        }
        Path java = bin.resolve("java");
        Files.writeString(java, javaScript);
        Files.setPosixFilePermissions(java, PosixFilePermissions.fromString("rwxr-xr-x"));

        ProcessBuilder pb = new ProcessBuilder("/bin/bash", root.resolve("rangekit").toString(), "--version");
        pb.environment().clear();
        pb.environment().put("PATH", bin.toString());
        pb.environment().put("JAVA_LOG", dir.resolve("java.log").toString());
        pb.environment().putAll(env);
        Path out = dir.resolve("out.txt");
        Path err = dir.resolve("err.txt");
        pb.redirectOutput(out.toFile()).redirectError(err.toFile());
        Process p = pb.start();
        if (!p.waitFor(60, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError("launcher did not finish");
        }
        return new Run(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                Files.readString(err, StandardCharsets.UTF_8));
    }

    private static Path which(String tool) {
        for (String d : System.getenv("PATH").split(File.pathSeparator)) {
            Path c = Paths.get(d, tool);
            if (Files.isExecutable(c)) {
                return c;
            }
        }
        return null;
    }

    @Test
    void staleJarWithoutMavenIsOneLineAndExitTwo() throws Exception {
        Run r = launch(Map.of());
        assertEquals(2, r.exitCode(), r.toString());
        assertEquals("", r.stdout());
        assertEquals("rangekit: target/rangekit.jar is out of date and mvn is not installed: install Maven 3.8+ "
                + "or run with the existing jar via RANGEKIT_NO_BUILD=1\n", r.stderr());
    }

    /**
     * Only what goes into the jar makes it stale: a test source edited after the build runs the
     * existing jar (the tests are compiled by {@code mvn verify}), a main source does not.
     */
    @Test
    void editedTestSourceDoesNotRebuildButMainSourceDoes() throws Exception {
        Run built = launch(Map.of(), false, JAVA_DUMPING);
        assertEquals(0, built.exitCode(), built.toString());
        Path test = dir.resolve("repo/src/test/java/EditedTest.java");
        Files.writeString(test, "");
        Files.setLastModifiedTime(test, FileTime.fromMillis(System.currentTimeMillis()));
        Run r = launch(Map.of(), false, JAVA_DUMPING);
        assertEquals(0, r.exitCode(), r.toString());
        assertEquals("java ran\n", r.stdout());
        assertEquals("", r.stderr());

        Path main = dir.resolve("repo/src/main/java/Changed.java");
        Files.setLastModifiedTime(main, FileTime.fromMillis(System.currentTimeMillis()));
        Run stale = launch(Map.of(), false, JAVA_DUMPING);
        assertEquals(2, stale.exitCode(), stale.toString());
        assertTrue(stale.stderr().startsWith("rangekit: target/rangekit.jar is out of date and mvn is not installed"),
                stale.stderr());
    }

    /**
     * Each of these, alone, makes the jar stale: a data file edited two directories down, a
     * hidden resource edited, a file removed from the data (its directory changes), the build
     * file. Between them the jar is made up to date again, and checked to be taken as such.
     */
    @Test
    void everyKindOfChangeToWhatGoesIntoTheJarIsSeen() throws Exception {
        Path root = dir.resolve("repo");
        Run built = launch(Map.of(), false, JAVA_DUMPING);
        assertEquals(0, built.exitCode(), built.toString());
        Path deep = Files.createDirectories(root.resolve("data/a/b")).resolve("layer.geojson");
        Path hidden = Files.createDirectories(root.resolve("src/main/resources")).resolve(".hidden");
        Path gone = root.resolve("data/old.tsv");
        for (Path p : List.of(deep, hidden, gone)) {
            Files.writeString(p, "x");
        }
        long old = System.currentTimeMillis() - 1_200_000;
        ageSources(root, old);
        Run fresh = launch(Map.of(), false, JAVA_DUMPING);
        assertEquals("java ran\n", fresh.stdout(), "nothing changed yet: " + fresh);

        List<Runnable> changes = List.of(
                () -> touch(deep),
                () -> touch(hidden),
                () -> {
                    try {
                        Files.delete(gone);
                        touch(gone.getParent());
                    } catch (IOException e) {
                        throw new java.io.UncheckedIOException(e);
                    }
                },
                () -> touch(root.resolve("pom.xml")));
        for (int i = 0; i < changes.size(); i++) {
            Path jar = root.resolve("target/rangekit.jar");
            ageSources(root, old); // only this change is newer than the jar
            Files.setLastModifiedTime(jar, FileTime.fromMillis(old + 60_000));
            changes.get(i).run();
            Run stale = launch(Map.of(), false, JAVA_DUMPING);
            assertEquals(2, stale.exitCode(), "change " + i + ": " + stale);
            assertTrue(stale.stderr().startsWith("rangekit: target/rangekit.jar is out of date"), stale.stderr());
            // Built again (the jar newer than everything): runs.
            Files.setLastModifiedTime(jar, FileTime.fromMillis(System.currentTimeMillis() + 60_000));
            Files.setLastModifiedTime(root.resolve("target/rangekit.jsa"), FileTime.fromMillis(System.currentTimeMillis() + 120_000));
            Run ok = launch(Map.of(), false, JAVA_DUMPING);
            assertEquals("java ran\n", ok.stdout(), "after change " + i + ": " + ok);
        }
    }

    /** Every file and directory of the repository but target/ modified at {@code millis}. */
    private static void ageSources(Path root, long millis) throws IOException {
        try (var walk = Files.walk(root)) {
            for (Path p : walk.filter(p -> !p.startsWith(root.resolve("target"))).toList()) {
                Files.setLastModifiedTime(p, FileTime.fromMillis(millis));
            }
        }
    }

    private static void touch(Path p) {
        try {
            Files.setLastModifiedTime(p, FileTime.fromMillis(System.currentTimeMillis()));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void noBuildRunsTheExistingJar() throws Exception {
        Run r = launch(Map.of("RANGEKIT_NO_BUILD", "1"));
        assertEquals(0, r.exitCode(), r.toString());
        assertEquals("java ran\n", r.stdout());
        assertEquals("", r.stderr());
    }

    /**
     * A jar built by hand (up to date, no archive): the launcher writes the archive once, then
     * runs with it, mapped without relocation; the next run writes nothing.
     */
    @Test
    void missingArchiveIsWrittenOnceAndUsed() throws Exception {
        Run r = launch(Map.of(), false, JAVA_DUMPING);
        assertEquals(0, r.exitCode(), r.toString());
        assertEquals("java ran\n", r.stdout());
        assertEquals("rangekit: writing the class-data-sharing archive target/rangekit.jsa ...\n", r.stderr());
        Path jsa = dir.resolve("repo/target/rangekit.jsa");
        assertEquals("archive\n", Files.readString(jsa));
        List<String> calls = Files.readAllLines(dir.resolve("java.log"));
        assertEquals(3, calls.size(), calls.toString());
        assertTrue(calls.get(0).contains("-XX:DumpLoadedClassList=") && calls.get(0).contains("CdsTraining"), calls.get(0));
        assertTrue(calls.get(1).contains("-Xshare:dump"), calls.get(1));
        assertTrue(calls.get(2).contains("-XX:SharedArchiveFile=" + jsa)
                && calls.get(2).contains("-XX:ArchiveRelocationMode=0")
                && calls.get(2).endsWith("org.rangekit.cli.Main --version"), calls.get(2));

        Run again = launch(Map.of(), false, JAVA_DUMPING);
        assertEquals("", again.stderr());
        assertEquals(4, Files.readAllLines(dir.resolve("java.log")).size());
    }

    /** An archive that cannot be written is not tried again on every run, and the run goes on without it. */
    @Test
    void failedArchiveIsNotRetried() throws Exception {
        Run r = launch(Map.of("FAIL", "1"), false, JAVA_DUMPING);
        assertEquals(0, r.exitCode(), r.toString());
        assertEquals("java ran\n", r.stdout());
        assertTrue(Files.notExists(dir.resolve("repo/target/rangekit.jsa")));
        List<String> calls = Files.readAllLines(dir.resolve("java.log"));
        assertEquals(3, calls.size(), calls.toString());
        assertTrue(!calls.get(2).contains("SharedArchiveFile"), calls.get(2));

        Run again = launch(Map.of("FAIL", "1"), false, JAVA_DUMPING);
        assertEquals("", again.stderr());
        assertEquals(4, Files.readAllLines(dir.resolve("java.log")).size());
    }
}
