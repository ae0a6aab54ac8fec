package org.rangekit.io.in;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.rangekit.range.Site;

class SiteCatalogTest {

    @Test
    void shipsTheSitesTheIssueAsksFor() {
        SiteCatalog c = SiteCatalog.builtIn();
        for (String id : List.of("kapustin-yar", "kamyshlov", "mozdok", "shuya", "chernyakhovsk", "deveselu",
                "redzikowo", "petropavlovsk-kamchatsky")) {
            Site s = c.find(id).orElseThrow(() -> new AssertionError("missing " + id));
            assertFalse(s.source().isBlank(), id + " needs a source");
        }
        for (SiteCatalog.Entry e : c.entries()) {
            assertFalse(e.notes().isBlank(), e.site().id() + " needs notes");
            assertTrue(e.site().id().matches("[a-z]+(-[a-z]+)*"), "ids are letters and dashes: " + e.site().id());
        }
        // Town-centre coordinates of a reported deployment site are not a launch point.
        assertTrue(c.find("kapustin-yar").orElseThrow().uncertaintyKm() >= 10);
    }

    @Test
    void petropavlovskIsNearTheAntimeridian() {
        Site s = SiteCatalog.builtIn().find("petropavlovsk-kamchatsky").orElseThrow();
        // 5,500 km rings around it must cross ±180°: it lies within 25° of longitude of it.
        assertTrue(s.point().lonDeg() > 155, "lon " + s.point().lonDeg());
    }

    @Test
    void readsQuotedFieldsAndRejectsBadRows() throws Exception {
        String csv = "id,name,lat,lon,uncertainty_km,source,notes\r\n"
                + "a-b,\"A, B\",1.5,-2,3,\"x \"\"quoted\"\" source\",\n";
        SiteCatalog c = SiteCatalog.read(new StringReader(csv));
        Site s = c.find("a-b").orElseThrow();
        assertEquals("A, B", s.name());
        assertEquals("x \"quoted\" source", s.source());
        assertEquals(-2, s.point().lonDeg());

        assertThrows(IllegalArgumentException.class, () -> SiteCatalog.read(new StringReader(
                "id,name,lat,lon,uncertainty_km,source,notes\na,A,1,2,3,,n\n")));
        assertThrows(IllegalArgumentException.class, () -> SiteCatalog.read(new StringReader(
                "id,name,lat,lon\na,A,1,2\n")));
    }
}
