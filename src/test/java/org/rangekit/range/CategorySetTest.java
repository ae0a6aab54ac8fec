package org.rangekit.range;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

class CategorySetTest {

    @Test
    void infPresetRolesAndNames() {
        List<Threshold> ts = ThresholdSet.inf().thresholds();
        assertEquals(List.of(Threshold.Role.CLAIMED, Threshold.Role.LIMIT, Threshold.Role.LIMIT, Threshold.Role.LIMIT),
                ts.stream().map(Threshold::role).toList());
        assertSame(CategorySet.inf(), ThresholdSet.inf().categorySet());
        assertSame(ThresholdSet.inf(), ThresholdSet.preset(" INF "));
    }

    /** Custom ranges equal to an INF threshold keep its name and its role; others are plain. */
    @Test
    void customRangesKeepInfNamesAndRoles() {
        ThresholdSet s = ThresholdSet.custom(List.of(750.0, 480.0, 500.0));
        assertEquals(List.of(Threshold.Role.CLAIMED, Threshold.Role.LIMIT, Threshold.Role.PLAIN),
                s.thresholds().stream().map(Threshold::role).toList());
        assertEquals(List.of("claimed 9M729 range", "INF lower limit", ""),
                s.thresholds().stream().map(Threshold::name).toList());
    }

    /** A scenario's own categories; the gaps are named by the rest name, edges kept as given. */
    @Test
    void coveringFillsGapsWithTheRestName() {
        CategorySet mine = CategorySet.covering("mine", List.of(
                new Category("long", Interval.openClosed(1000, 3000)),
                new Category("short", Interval.closed(0, 300))), "other");
        assertEquals("short", mine.categoryOf(0));
        assertEquals("short", mine.categoryOf(300));
        assertEquals("other", mine.categoryOf(Math.nextUp(300.0)));
        assertEquals("other", mine.categoryOf(1000));
        assertEquals("long", mine.categoryOf(Math.nextUp(1000.0)));
        assertEquals("long", mine.categoryOf(3000));
        assertEquals("other", mine.categoryOf(3001));
        assertEquals("long", mine.categoryOfMeters(3_000_000));
        assertEquals("other", mine.categoryOfMeters(Math.nextUp(3_000_000.0)));
        assertEquals("short / other / long", mine.categoryOfBand(200, 2000));
        assertEquals(4, mine.categories().size()); // short, other, long, other

        ThresholdSet s = ThresholdSet.custom(List.of(1000.0, 300.0), mine);
        assertEquals("other", s.categoryOf(1000));
        assertTrue(s.thresholds().stream().allMatch(t -> t.role() == Threshold.Role.PLAIN && t.name().isEmpty()));
        assertEquals(Optional.of(false), mine.edgeGoesUp(1000));
        assertEquals(Optional.of(true), CategorySet.inf().edgeGoesUp(500));
        assertEquals(Optional.empty(), CategorySet.inf().edgeGoesUp(480));
    }

    @Test
    void coveringRefusesOverlapsAndUnnamedEdges() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> CategorySet.covering("x",
                List.of(new Category("a", Interval.closed(0, 300)), new Category("b", Interval.closed(300, 500))), "r"));
        assertTrue(e.getMessage().startsWith("categories overlap at 300 km"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> CategorySet.covering("x",
                List.of(new Category("a", Interval.closedOpen(0, 300)), new Category("b", Interval.openClosed(300, 500))),
                "r"));
        assertTrue(e.getMessage().startsWith("no category holds exactly 300 km"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> CategorySet.covering("x",
                List.of(new Category("a", Interval.atLeast(0, true)), new Category("b", Interval.closed(10, 20))), "r"));
    }

    @Test
    void aCategorySetMustPartition() {
        assertThrows(IllegalArgumentException.class, () -> new CategorySet("x",
                List.of(new Category("a", Interval.closed(0, 10)))));
        assertThrows(IllegalArgumentException.class, () -> new CategorySet("x",
                List.of(new Category("a", Interval.closed(1, 10)), new Category("b", Interval.atLeast(10, false)))));
        assertThrows(IllegalArgumentException.class, () -> new CategorySet("x", List.of()));
    }
}
