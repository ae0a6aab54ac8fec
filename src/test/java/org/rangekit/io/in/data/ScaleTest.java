package org.rangekit.io.in.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ScaleTest {

    @Test
    void parsesLabelsAndNames() {
        assertEquals(Scale.S110M, Scale.parse("110m"));
        assertEquals(Scale.S50M, Scale.parse(" 50M "));
        assertEquals(Scale.S10M, Scale.parse("s10m"));
        assertEquals("50m", Scale.S50M.label());
    }

    @Test
    void rejectsOtherValuesNamingThem() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Scale.parse("20m"));
        assertTrue(e.getMessage().contains("'20m'") && e.getMessage().contains("110m, 50m, 10m"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> Scale.parse(null));
    }
}
