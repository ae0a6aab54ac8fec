package org.rangekit.arch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.EvaluationResult;
import com.tngtech.archunit.library.dependencies.SliceIdentifier;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.rangekit.cli.Main;
import org.rangekit.databuild.DataBuilder;

/**
 * The package rules of {@link PackageRules} hold for the runtime classes, and they bite: each
 * fixture tree under {@code fixture.archrules} breaks exactly one rule, and that rule (and no
 * other) reports the offending classes.
 */
class PackageRulesTest {

    static final String ROOT = "org.rangekit";
    static final String FIXTURES = "fixture.archrules";

    /** The runtime classes: the compiled main sources, i.e. what goes into the jar. */
    static final JavaClasses RUNTIME = new ClassFileImporter().importPath(classesDirectory(Main.class));

    static Path classesDirectory(Class<?> c) {
        try {
            return Path.of(c.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void runtimeClassesKeepEveryRule() {
        JavaClasses classes = RUNTIME;
        assertTrue(classes.containPackage(ROOT + ".geometry") && classes.containPackage(ROOT + ".cli"),
                "the import found the runtime classes");
        for (ArchRule rule : PackageRules.all(ROOT)) {
            EvaluationResult result = rule.evaluate(classes);
            assertFalse(result.hasViolation(), () -> result.getFailureReport().toString());
        }
    }

    /**
     * The data-build pipeline is compiled with the tests: it is on the test classpath, but not in
     * the directory the jar is made of (the rule above would not see it if it were elsewhere).
     */
    @Test
    void dataBuildIsOutsideTheRuntimeClasses() {
        assertNotEquals(classesDirectory(Main.class), classesDirectory(DataBuilder.class));
        assertFalse(RUNTIME.containPackage(ROOT + ".databuild"));
    }

    /**
     * The viewer's model ({@code viewer.model}) uses no JavaFX, so it is testable without a toolkit;
     * the rule bites: over the whole viewer package (its JavaFX classes included) it reports them.
     */
    @Test
    void viewerModelUsesNoJavaFx() {
        assertTrue(RUNTIME.containPackage(ROOT + ".viewer.model"), "the viewer model is among the runtime classes");
        EvaluationResult model = PackageRules.noJavaFx(ROOT + ".viewer.model").evaluate(RUNTIME);
        assertFalse(model.hasViolation(), () -> model.getFailureReport().toString());
        EvaluationResult viewer = PackageRules.noJavaFx(ROOT + ".viewer").evaluate(RUNTIME);
        assertTrue(viewer.hasViolation() && String.join("\n", viewer.getFailureReport().getDetails())
                .contains(ROOT + ".viewer.MapCanvas"), "the rule reports the JavaFX map canvas");
    }

    static Stream<Arguments> fixtures() {
        return Stream.of(
                Arguments.of("coreedge", 0, List.of(
                        "coreedge.geodesy.Point", "coreedge.io.in.Reader",
                        "coreedge.range.Span", "coreedge.render.Painter",
                        "coreedge.geometry.Shape", "coreedge.cli.Command",
                        "coreedge.coverage.Counter", "coreedge.io.out.Writer",
                        "coreedge.scenario.Plan", "coreedge.viewer.View"),
                        List.of("coreedge.projection.Projection")),
                Arguments.of("cycle", 1, List.of("cycle.render.Painter", "cycle.cli.Command"),
                        List.of("cycle.io.in.Reader", "cycle.io.in.data.Table")),
                Arguments.of("inout", 2, List.of("inout.io.in.Reader", "inout.io.out.Writer"), List.of()),
                Arguments.of("outin", 3, List.of("outin.io.out.Writer", "outin.io.in.Reader"), List.of()),
                Arguments.of("runtime", 4, List.of("runtime.databuild.Builder"), List.of("runtime.cli.Main")));
    }

    /**
     * Over each fixture tree, the rule it breaks reports a violation naming every offending class
     * (and none of the innocent ones), and every other rule passes.
     */
    @ParameterizedTest(name = "{0} breaks rule {1} only")
    @MethodSource("fixtures")
    void eachRuleBitesOnItsFixture(String tree, int brokenRule, List<String> named, List<String> innocent) {
        String root = FIXTURES + "." + tree;
        JavaClasses classes = new ClassFileImporter().importPackages(root);
        List<ArchRule> rules = PackageRules.all(root);
        List<String> reports = new ArrayList<>();
        for (ArchRule rule : rules) {
            EvaluationResult result = rule.evaluate(classes);
            reports.add(result.hasViolation() ? String.join("\n", result.getFailureReport().getDetails()) : "");
        }
        for (int k = 0; k < rules.size(); k++) {
            if (k != brokenRule) {
                assertEquals("", reports.get(k), "rule " + k + " (" + rules.get(k).getDescription() + ") over " + tree);
            }
        }
        String report = reports.get(brokenRule);
        assertFalse(report.isEmpty(), rules.get(brokenRule).getDescription() + " reports nothing over " + tree);
        for (String c : named) {
            assertTrue(report.contains(FIXTURES + "." + c), c + " named in:\n" + report);
        }
        for (String c : innocent) {
            assertFalse(report.contains(FIXTURES + "." + c), c + " not named in:\n" + report);
        }
    }

    @Test
    void ioInAndIoOutAreSeparateSlices() {
        PackageRules.FirstLevelSlices slices = new PackageRules.FirstLevelSlices(FIXTURES + ".cycle");
        JavaClasses classes = new ClassFileImporter().importPackages(FIXTURES);
        assertEquals(SliceIdentifier.of("io.in"),
                slices.getIdentifierOf(classes.get(fixture.archrules.cycle.io.in.data.Table.class)));
        assertEquals(SliceIdentifier.of("render"),
                slices.getIdentifierOf(classes.get(fixture.archrules.cycle.render.Painter.class)));
        assertEquals(SliceIdentifier.ignore(),
                slices.getIdentifierOf(classes.get(fixture.archrules.outin.io.in.Reader.class)),
                "a class outside the root belongs to no slice");
        assertEquals(SliceIdentifier.of("io.out"), new PackageRules.FirstLevelSlices(FIXTURES + ".outin")
                .getIdentifierOf(classes.get(fixture.archrules.outin.io.out.Writer.class)));
    }
}
