package org.rangekit.io.in;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.rangekit.range.MissileSystem;
import org.rangekit.range.RangeEstimate;
import org.rangekit.range.Threshold;
import org.rangekit.range.ThresholdSet;

class SystemCatalogTest {

    private static final String HEADER = "system,aliases,name,figure,range,label,source,notes\n";

    @Test
    void shipsTheSystemsTheIssueNamesAndNoFigureWithoutASource() {
        SystemCatalog c = SystemCatalog.builtIn();
        for (String id : List.of("9m729", "9m723", "rs-26", "ss-20", "ss-23", "pershing-ii", "bgm-109g")) {
            MissileSystem s = c.find(id).orElseThrow(() -> new AssertionError("missing " + id));
            assertFalse(s.notes().isBlank(), id + " needs notes saying what its figures rest on");
            for (MissileSystem.Figure f : s.figures()) {
                assertFalse(f.range().source().isBlank(), id + " " + f.range().plainText() + " needs a source");
                assertFalse(f.range().label().isBlank());
            }
        }
        assertEquals("9m729", c.find("SSC-8").orElseThrow().id());
        assertEquals("9m723", c.find("Iskander M").orElseThrow().id());
    }

    @Test
    void the9m729HasTheClaimedAndTheEstimatedRange() {
        MissileSystem s = SystemCatalog.builtIn().find("9m729").orElseThrow();
        assertEquals(List.of("480", "2350..2500"), s.figures().stream().map(f -> f.range().plainText()).toList());
        assertEquals(MissileSystem.Kind.CLAIMED, s.figures().get(0).kind());
        assertTrue(s.figures().get(0).range().source().contains("23 January 2019"));
        ThresholdSet alone = s.ranges(null);
        assertEquals(List.of(480.0, 2350.0, 2500.0), alone.thresholds().stream().map(Threshold::radiusKm).toList());
        assertEquals(Threshold.Role.CLAIMED, alone.thresholds().get(0).role());
        assertEquals("intermediate-range (INF)", alone.categoryOfBand(2350, 2500));
        ThresholdSet withInf = s.ranges(ThresholdSet.inf());
        assertEquals(List.of(480.0, 500.0, 1000.0, 2350.0, 2500.0, 5500.0),
                withInf.thresholds().stream().map(Threshold::radiusKm).toList());
        assertEquals("inf+9m729", withInf.name());
    }

    @Test
    void unitsFollowTheRangeGrammar() {
        RangeEstimate ss23 = SystemCatalog.builtIn().find("ss-23").orElseThrow().figures().get(0).range();
        assertEquals(310 * 1.609344, ss23.minKm(), 1e-9);
    }

    @Test
    void aSystemWithoutASourcedFigureCannotBeDrawn() {
        MissileSystem s = SystemCatalog.builtIn().find("bgm-109g").orElseThrow();
        assertTrue(s.figures().isEmpty());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> s.ranges(null));
        assertTrue(e.getMessage().contains("no range figure with a source"), e.getMessage());
    }

    @Test
    void badRowsAreRefusedNamingTheRow() {
        String[][] cases = {
            {"x,,X,claimed,500,l,,n\n", "has no source"},
            {"x,,X,claimed,500,,s,n\n", "has no label"},
            {"x,,X,rumoured,500,l,s,n\n", "expected claimed or estimated"},
            {"x,,X,,,,,\n", "must say why"},
            {"x,,X,,500,,,n\n", "must have no range"},
            {"x,,X,estimated,2500..2000,l,s,n\n", "MIN must be < MAX"},
            {"X Y,,X,estimated,500,l,s,n\n", "must be lower-case"},
            {"x,a,X,estimated,500,l,s,n\ny,a,Y,estimated,600,l,s,n\n", "names both x and y"},
        };
        for (String[] c : cases) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                    () -> SystemCatalog.read(new StringReader(HEADER + c[0])), c[0]);
            assertTrue(e.getMessage().contains(c[1]), c[0] + " -> " + e.getMessage());
        }
    }
}
