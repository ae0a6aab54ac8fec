package org.rangekit.arch;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.library.dependencies.SliceAssignment;
import com.tngtech.archunit.library.dependencies.SliceIdentifier;
import java.util.List;

/**
 * The package rules of rangekit (DESIGN.md, "Data flow"), written once and parameterised by the
 * root package, so that the same definitions run over the real code ({@code org.rangekit}) and
 * over the fixtures under {@code fixture.archrules} that break each of them
 * ({@link PackageRulesTest}).
 *
 * <ul>
 *   <li>{@link #coreImportsNoEdge}: the core (geodesy, range, geometry, coverage, projection,
 *       scenario) depends on nothing of io (io.in, io.out), render, cli or viewer;</li>
 *   <li>{@link #noCycles}: no cycle between the packages one level under the root, with io.in
 *       and io.out counted apart;</li>
 *   <li>{@link #inputIndependentOfOutput} and {@link #outputIndependentOfInput}: readers and
 *       writers do not know each other;</li>
 *   <li>{@link #noDataBuild}: the data-build pipeline never reaches the runtime classes;</li>
 *   <li>{@link #noJavaFx} (checked apart, on {@code viewer.model}): the viewer's model uses no JavaFX.</li>
 * </ul>
 * Every rule allows an empty subject set: a package that does not exist yet (scenario, viewer)
 * breaks no rule.
 */
final class PackageRules {

    /** Core packages, relative to the root: pure computation, no I/O. */
    static final List<String> CORE = List.of("geodesy", "range", "geometry", "coverage", "projection", "scenario", "text");

    /** Edge packages, relative to the root: input, output, drawing and the user interfaces. */
    static final List<String> EDGE = List.of("io", "render", "cli", "viewer");

    private PackageRules() {
    }

    /** Every rule, in the order of the class comment. */
    static List<ArchRule> all(String root) {
        return List.of(coreImportsNoEdge(root), noCycles(root), inputIndependentOfOutput(root),
                outputIndependentOfInput(root), noDataBuild(root));
    }

    /** Core packages depend on no class of the edge packages (io covers io.in and io.out). */
    static ArchRule coreImportsNoEdge(String root) {
        return noClasses().that().resideInAnyPackage(under(root, CORE))
                .should().dependOnClassesThat().resideInAnyPackage(under(root, EDGE))
                .as("core packages of " + root + " " + CORE + " depend on nothing of " + EDGE)
                .allowEmptyShould(true);
    }

    /** No cycle between the first-level packages under {@code root}, io.in and io.out apart. */
    static ArchRule noCycles(String root) {
        return slices().assignedFrom(new FirstLevelSlices(root))
                .should().beFreeOfCycles()
                .allowEmptyShould(true);
    }

    /** Readers (io.in) do not depend on writers (io.out). */
    static ArchRule inputIndependentOfOutput(String root) {
        return noClasses().that().resideInAPackage(root + ".io.in..")
                .should().dependOnClassesThat().resideInAPackage(root + ".io.out..")
                .as("io.in of " + root + " depends on nothing of io.out")
                .allowEmptyShould(true);
    }

    /** Writers (io.out) do not depend on readers (io.in). */
    static ArchRule outputIndependentOfInput(String root) {
        return noClasses().that().resideInAPackage(root + ".io.out..")
                .should().dependOnClassesThat().resideInAPackage(root + ".io.in..")
                .as("io.out of " + root + " depends on nothing of io.in")
                .allowEmptyShould(true);
    }

    /**
     * No class of the data-build pipeline ({@code root.databuild}) is among the classes checked;
     * meant for the runtime classes (what goes into the jar).
     */
    static ArchRule noDataBuild(String root) {
        return noClasses().should().resideInAPackage(root + ".databuild..")
                .as("the runtime classes hold no class of " + root + ".databuild")
                .allowEmptyShould(true);
    }

    /** No class in {@code pkg} (and below) depends on JavaFX: for the viewer's model. */
    static ArchRule noJavaFx(String pkg) {
        return noClasses().that().resideInAPackage(pkg + "..")
                .should().dependOnClassesThat().resideInAPackage("javafx..")
                .as(pkg + " depends on nothing of JavaFX")
                .allowEmptyShould(true);
    }

    private static String[] under(String root, List<String> packages) {
        return packages.stream().map(p -> root + "." + p + "..").toArray(String[]::new);
    }

    /**
     * One slice per package one level under the root ({@code root.geometry..} is "geometry"),
     * except that io is split into its second level ({@code root.io.in..} is "io.in"). Classes
     * directly in the root, or outside it, belong to no slice.
     */
    record FirstLevelSlices(String root) implements SliceAssignment {

        @Override
        public SliceIdentifier getIdentifierOf(JavaClass javaClass) {
            String pkg = javaClass.getPackageName();
            if (!pkg.startsWith(root + ".")) {
                return SliceIdentifier.ignore();
            }
            String[] parts = pkg.substring(root.length() + 1).split("\\.");
            if (parts[0].equals("io") && parts.length > 1) {
                return SliceIdentifier.of("io." + parts[1]);
            }
            return SliceIdentifier.of(parts[0]);
        }

        @Override
        public String getDescription() {
            return "packages one level under " + root + " (io.in and io.out apart)";
        }
    }
}
