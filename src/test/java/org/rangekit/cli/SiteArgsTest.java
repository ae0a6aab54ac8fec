package org.rangekit.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.rangekit.geodesy.GeoPoint;
import org.rangekit.io.in.SiteCatalog;
import org.rangekit.range.Site;

class SiteArgsTest {

    /** Parsed degrees must equal the exact decimal value to well below the 7 decimals we print. */
    static final double DEG_TOL = 1e-12;

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', textBlock = """
            48.58,45.80                 |  48.58         |  45.80
            -77.85,166.67               | -77.85         | 166.67
            ' 48.58 , 45.80 '           |  48.58         |  45.80
            +1.5,-0.25                  |   1.5          |  -0.25
            90,180                      |  90            | 180
            -90,-180                    | -90            | -180
            .5,-.5                      |   0.5          |  -0.5
            48°35′N 45°43′E             |  48.5833333333333333 |  45.7166666666666667
            48°35'N 45°43'E             |  48.5833333333333333 |  45.7166666666666667
            48°35′12″N 45°43′30″E       |  48.5866666666666667 |  45.725
            48°35'12"N 45°43'30"E       |  48.5866666666666667 |  45.725
            48°35'12''N 45°43'30''E     |  48.5866666666666667 |  45.725
            48°35.5′N 45°43.25′E        |  48.5916666666666667 |  45.7208333333333333
            48°35′12.5″N 45°43′E        |  48.5868055555555556 |  45.7166666666666667
            77°51′S 166°40′E            | -77.85         | 166.6666666666666667
            33°52′S 151°12′W            | -33.8666666666666667 | -151.2
            48.58N 45.80E               |  48.58         |  45.80
            48.58°N 45.80°E             |  48.58         |  45.80
            'N48°35′ E45°43′'           |  48.5833333333333333 |  45.7166666666666667
            48°35′N, 45°43′E            |  48.5833333333333333 |  45.7166666666666667
            45°43′E 48°35′N             |  48.5833333333333333 |  45.7166666666666667
            48d35m12sN 45d43mE          |  48.5866666666666667 |  45.7166666666666667
            -77°51′ 166°40′             | -77.85         | 166.6666666666666667
            0°0′N 180°0′W               |   0            | -180
            """)
    void parsesCoordinates(String text, double latDeg, double lonDeg) {
        GeoPoint p = SiteArgs.parsePoint("--site", text);
        assertEquals(latDeg, p.latDeg(), DEG_TOL, "latitude of " + text);
        assertEquals(lonDeg, p.lonDeg(), DEG_TOL, "longitude of " + text);
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', textBlock = """
            95,10                   | latitude 95 is outside [-90, 90]
            -90.0001,10             | latitude -90.0001 is outside
            10,180.5                | longitude 180.5 is outside [-180, 180]
            NaN,45                  | latitude 'NaN' is not a finite number
            45,nan                  | longitude 'nan' is not a finite number
            45,Infinity             | longitude 'Infinity' is not a finite number
            48.58                   | expected LAT,LON
            48.58,45.80,3           | expected LAT,LON
            48.5x,45                | latitude '48.5x' is not a decimal number
            '48.58,'                | longitude '' is not a decimal number
            48°75′N 45°43′E         | minutes and seconds must be below 60
            48°35′61″N 45°43′E      | minutes and seconds must be below 60
            48.5°35′N 45°43′E       | degrees with a fraction cannot be followed
            48°35.5′12″N 45°43′E    | minutes with a fraction cannot be followed
            48°35′N 45°43′N         | needs one latitude (N/S) and one longitude (E/W)
            48°35′N 45°43′          | needs one latitude (N/S) and one longitude (E/W)
            48°35′N                 | malformed coordinates
            48°35′N 45°43′E 12      | malformed coordinates
            48°35′Q 45°43′E         | malformed coordinates
            95°N 45°E               | latitude 95 is outside [-90, 90]
            -48°N 45°E              | either a sign or a hemisphere letter
            """)
    void rejectsBadCoordinatesNamingTheValue(String text, String expected) {
        BadInputException e = assertThrows(BadInputException.class, () -> SiteArgs.parsePoint("--site", text));
        assertTrue(e.getMessage().startsWith("--site '" + text + "'"), e.getMessage());
        assertTrue(e.getMessage().contains(expected), e.getMessage());
        assertTrue(!e.getMessage().contains("\n"), "one line");
    }

    @Test
    void findsCatalogIdsForgivingCaseAndSpaces() {
        SiteCatalog catalog = SiteCatalog.builtIn();
        assertEquals("kapustin-yar", SiteArgs.parse("--site", "kapustin-yar", catalog).id());
        assertEquals("kapustin-yar", SiteArgs.parse("--site", "Kapustin Yar", catalog).id());
        assertEquals("kapustin-yar", SiteArgs.parse("--site", " KAPUSTIN_YAR ", catalog).id());
    }

    @Test
    void unknownIdSuggestsCloseMatches() {
        SiteCatalog catalog = SiteCatalog.builtIn();
        BadInputException e = assertThrows(BadInputException.class,
                () -> SiteArgs.parse("--site", "kapustin-yr", catalog));
        assertEquals("--site 'kapustin-yr': unknown site id; did you mean kapustin-yar?", e.getMessage());
        e = assertThrows(BadInputException.class, () -> SiteArgs.parse("--site", "petropavlovsk", catalog));
        assertTrue(e.getMessage().contains("did you mean petropavlovsk-kamchatsky?"), e.getMessage());
        e = assertThrows(BadInputException.class, () -> SiteArgs.parse("--site", "zzzzzz", catalog));
        assertTrue(e.getMessage().contains("run 'rangekit sites'"), e.getMessage());
    }

    @Test
    void coordinateSitesGetACanonicalId() {
        Site s = SiteArgs.parse("--site", "48°35′N 45°43′E", SiteCatalog.builtIn());
        assertEquals("48.5833333,45.7166667", s.id());
        assertEquals("48°35′N 45°43′E", s.name());
        assertEquals(0, s.uncertaintyKm());
        assertEquals("-77.85,166.67", SiteArgs.parse("--site", "-77.85,166.670", SiteCatalog.builtIn()).id());
        assertEquals("0,0", SiteArgs.parse("--site", "-0.0,0", SiteCatalog.builtIn()).id());
    }
}
