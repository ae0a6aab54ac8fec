package org.rangekit.geodesy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CoordinateParserTest {

    /** 48°35′ and 45°43′ as the doubles nearest to 48 + 35/60 and 45 + 43/60. */
    private static final double LAT_4835 = 48 + 35 / 60.0;
    private static final double LON_4543 = 45 + 43 / 60.0;

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            48.58,45.80                | 48.58            | 45.8
            -77.85, 166.67             | -77.85           | 166.67
            4.858e1,4.58E1             | 48.58            | 45.8
            48,-180                    | 48               | -180
            90,180                     | 90               | 180
            48°35′N 45°43′E            | 48.583333333333336 | 45.71666666666667
            48°35’N 45°43’E            | 48.583333333333336 | 45.71666666666667
            48º35'N, 45˚43'E           | 48.583333333333336 | 45.71666666666667
            N48°35′ E45°43′            | 48.583333333333336 | 45.71666666666667
            N48°35′, 45°43′E           | 48.583333333333336 | 45.71666666666667
            E 45 43 N 48 35            | 48.583333333333336 | 45.71666666666667
            45°43′E 48°35′N            | 48.583333333333336 | 45.71666666666667
            48°35′S 45°43′W            | -48.583333333333336 | -45.71666666666667
            48d35m N 45d43m E          | 48.583333333333336 | 45.71666666666667
            48 35 N 45 43 E            | 48.583333333333336 | 45.71666666666667
            48.58N 45.80E              | 48.58            | 45.8
            48°35′N45°43′E             | 48.583333333333336 | 45.71666666666667
            48°35′36″N 45°43′48″E      | 48.593333333333334 | 45.73
            48°35'36"N 45°43'48"E      | 48.593333333333334 | 45.73
            48°35'36''N 45°43'48''E    | 48.593333333333334 | 45.73
            48°35’36”N 45°43’48”E      | 48.593333333333334 | 45.73
            48°35.5′N 45°43.2′E        | 48.59166666666667 | 45.72
            48°35′ 45°43′              | 48.583333333333336 | 45.71666666666667
            -48°35′ -45°43′            | -48.583333333333336 | -45.71666666666667
            """)
    void parsesPoints(String text, double lat, double lon) {
        GeoPoint p = CoordinateParser.parsePoint(text);
        assertEquals(lat, p.latDeg(), 0.0, text);
        assertEquals(lon, p.lonDeg(), 0.0, text);
    }

    /** The CSV column form accepts what {@code --site} accepts: the curly apostrophe CSV once refused. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            48°35’N       | true  | 48.583333333333336
            48°35′N       | true  | 48.583333333333336
            N 48°35′      | true  | 48.583333333333336
            48 35 N       | true  | 48.583333333333336
            48 35 36 S    | true  | -48.593333333333334
            -33.87        | true  | -33.87
            -8.5e1        | true  | -85
            151.2E        | false | 151.2
            W151.2        | false | -151.2
            45d43m E      | false | 45.71666666666667
            180           | false | 180
            -180          | false | -180
            45deg         | false | 45
            """)
    void parsesSingleFields(String text, boolean latitude, double expected) {
        double v = latitude ? CoordinateParser.parseLatitude(text) : CoordinateParser.parseLongitude(text);
        assertEquals(expected, v, 0.0, text);
    }

    @Test
    void decimalSummationIsExact() {
        assertEquals(LAT_4835, CoordinateParser.parseLatitude("48°35′N"), 0.0);
        assertEquals(LON_4543, CoordinateParser.parseLongitude("45°43′E"), 0.0);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            95,10         | coordinates '95,10': latitude 95 is outside [-90, 90] degrees (latitude comes first: LAT,LON)
            10,200        | coordinates '10,200': longitude 200 is outside [-180, 180] degrees
            NaN,45        | coordinates 'NaN,45': latitude 'NaN' is not a finite number
            48.58         | coordinates '48.58': expected LAT,LON in decimal degrees (e.g. 48.58,45.80), a catalog id or DMS like 48°35′N 45°43′E
            48.58,x1      | coordinates '48.58,x1': longitude 'x1' is not a decimal number; expected LAT,LON in decimal degrees, e.g. 48.58,45.80
            48°35′N 45°43′N | coordinates '48°35′N 45°43′N': needs one latitude (N/S) and one longitude (E/W), e.g. 48°35′N 45°43′E
            48°35′N 45°43′  | coordinates '48°35′N 45°43′': needs one latitude (N/S) and one longitude (E/W), e.g. 48°35′N 45°43′E
            48°61′N 45°43′E | coordinates '48°61′N 45°43′E': minutes and seconds must be below 60
            -48°35′N 45°43′E | coordinates '-48°35′N 45°43′E': give either a sign or a hemisphere letter, not both
            48.5°35′N 45°43′E | coordinates '48.5°35′N 45°43′E': degrees with a fraction cannot be followed by minutes or seconds
            48°35.5′12″N 45°43′E | coordinates '48°35.5′12″N 45°43′E': minutes with a fraction cannot be followed by seconds
            N48°35′N 45°43′E | coordinates 'N48°35′N 45°43′E': malformed coordinates; expected DMS like 48°35′N 45°43′E (or 48°35'12"N 45°43'E), decimal LAT,LON like 48.58,45.80, or a catalog id
            48°35′N       | coordinates '48°35′N': malformed coordinates; expected DMS like 48°35′N 45°43′E (or 48°35'12"N 45°43'E), decimal LAT,LON like 48.58,45.80, or a catalog id
            48°35′N 45°43′E 7 | coordinates '48°35′N 45°43′E 7': malformed coordinates; expected DMS like 48°35′N 45°43′E (or 48°35'12"N 45°43'E), decimal LAT,LON like 48.58,45.80, or a catalog id
            """)
    void refusesBadPointsNamingThem(String text, String message) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> CoordinateParser.parsePoint(text));
        assertEquals(message, e.getMessage());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            200        | false | longitude '200' is outside [-180, 180] degrees
            -180.5     | false | longitude '-180.5' is outside [-180, 180] degrees
            90.0001    | true  | latitude '90.0001' is outside [-90, 90] degrees
            48°35′E    | true  | latitude '48°35′E' has hemisphere E, expected N or S
            48°35′N    | false | longitude '48°35′N' has hemisphere N, expected E or W
            nan        | true  | latitude 'nan' is not a finite number
            Infinity   | false | longitude 'Infinity' is not a finite number
            abc        | true  | latitude 'abc' is not decimal degrees or DMS; expected e.g. 48.58 or 48°35′N
            48°60′N    | true  | latitude '48°60′N': minutes and seconds must be below 60
            -48°35′N   | true  | latitude '-48°35′N': give either a sign or a hemisphere letter, not both
            """)
    void refusesBadFieldsNamingThem(String text, boolean latitude, String message) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> { if (latitude) { CoordinateParser.parseLatitude(text); } else { CoordinateParser.parseLongitude(text); } });
        assertEquals(message, e.getMessage());
    }

    @Test
    void callersNameTheField() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> CoordinateParser.parsePoint("--site", "95,10"));
        assertEquals("--site '95,10': latitude 95 is outside [-90, 90] degrees (latitude comes first: LAT,LON)",
                e.getMessage());
        assertEquals("latitude is empty",
                assertThrows(IllegalArgumentException.class, () -> CoordinateParser.parseLatitude(" ")).getMessage());
    }

    /**
     * Seeded round trip over the globe: a point written as DMS (integer degrees and minutes,
     * seconds with 4 decimals, hemisphere before or after, mixed marks) or as decimal degrees
     * parses back to the value the text denotes, computed independently in BigDecimal.
     */
    @Test
    void formattedPointsParseBack() {
        SplittableRandom rnd = new SplittableRandom(48_35L);
        String[][] marks = {{"°", "′", "″"}, {"°", "'", "\""}, {"º", "’", "”"}, {"˚", "'", "''"}, {"d", "m", "s"}};
        for (int i = 0; i < 3000; i++) {
            long latSecE4 = rnd.nextLong(0, 90L * 3600 * 10_000 + 1);
            long lonSecE4 = rnd.nextLong(0, 180L * 3600 * 10_000 + 1);
            boolean south = rnd.nextBoolean();
            boolean west = rnd.nextBoolean();
            String[] mk = marks[rnd.nextInt(marks.length)];
            boolean pre = rnd.nextBoolean();
            String lat = dms(latSecE4, mk, south ? "S" : "N", pre);
            String lon = dms(lonSecE4, mk, west ? "W" : "E", pre);
            String text = rnd.nextBoolean() ? lat + " " + lon : lon + ", " + lat;
            GeoPoint p = CoordinateParser.parsePoint(text);
            assertEquals((south ? -1 : 1) * degrees(latSecE4), p.latDeg(), 0.0, text);
            assertEquals((west ? -1 : 1) * degrees(lonSecE4), p.lonDeg(), 0.0, text);
            assertEquals((south ? -1 : 1) * degrees(latSecE4), CoordinateParser.parseLatitude(lat), 0.0, lat);

            double latDeg = rnd.nextDouble(-90, 90);
            double lonDeg = rnd.nextDouble(-180, 180);
            GeoPoint q = CoordinateParser.parsePoint(latDeg + "," + lonDeg);
            assertEquals(latDeg, q.latDeg(), 0.0);
            assertEquals(lonDeg, q.lonDeg(), 0.0);
            assertEquals(lonDeg, CoordinateParser.parseLongitude(Double.toString(lonDeg)), 0.0);
        }
    }

    private static String dms(long secE4, String[] mk, String hemi, boolean pre) {
        long d = secE4 / (3600 * 10_000);
        long m = secE4 / (60 * 10_000) % 60;
        BigDecimal s = BigDecimal.valueOf(secE4 % (60 * 10_000), 4);
        String body = d + mk[0] + m + mk[1] + s.toPlainString() + mk[2];
        return pre ? hemi + body : body + hemi;
    }

    private static double degrees(long secE4) {
        return BigDecimal.valueOf(secE4).divide(BigDecimal.valueOf(3600L * 10_000), 30, RoundingMode.HALF_EVEN)
                .doubleValue();
    }
}
