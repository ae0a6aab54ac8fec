package org.rangekit.databuild;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Selects the cities the project ships from GeoNames {@code cities500} (tab-separated, 19 columns,
 * the GeoNames "geoname" table layout) and writes {@code cities.tsv}.
 *
 * <h2>Selection</h2>
 * Feature class P, population ≥ {@value #MIN_POPULATION}, plus every capital (PPLC) whatever its
 * population. Dropped: sections of populated places (PPLX, whose people are already counted in the
 * city), and places that no longer hold people as such: abandoned (PPLQ), historical (PPLH),
 * destroyed (PPLW) and historical capitals (PPLCH); also rows without a feature code. The codes are
 * from the GeoNames feature code list (https://www.geonames.org/export/codes.html).
 *
 * <h2>Output</h2>
 * Header {@code geonameid name country_code country_iso_n3 lat lon population feature_code capital};
 * rows sorted by geonameid; lat/lon copied from the source text; {@code country_iso_n3} empty where
 * the ISO alpha-2 code has no Natural Earth numeric twin.
 */
public final class CitiesBuilder {

    /** Smallest population kept (people), capitals excepted. */
    public static final long MIN_POPULATION = 5000;

    /** Feature codes dropped whatever the population. */
    public static final Set<String> DROPPED_CODES = Set.of("PPLX", "PPLQ", "PPLH", "PPLW", "PPLCH", "");

    /** The header line of cities.tsv. */
    public static final String HEADER =
            "geonameid\tname\tcountry_code\tcountry_iso_n3\tlat\tlon\tpopulation\tfeature_code\tcapital";

    private CitiesBuilder() {
    }

    /** One selected row. */
    record Row(long geonameId, String line) {
    }

    /**
     * Reads cities500, selects, writes the TSV.
     *
     * @param isoN3ByIsoA2 ISO alpha-2 → ISO numeric, from the country join
     * @return the number of rows written
     */
    public static int build(Path cities500, Map<String, Integer> isoN3ByIsoA2, Writer out) throws IOException {
        List<Row> rows = new ArrayList<>();
        try (BufferedReader r = Files.newBufferedReader(cities500, StandardCharsets.UTF_8)) {
            String line;
            int lineNo = 0;
            while ((line = r.readLine()) != null) {
                lineNo++;
                if (line.isEmpty()) {
                    continue;
                }
                String[] f = line.split("\t", -1);
                if (f.length != 19) {
                    throw new IOException("cities500 line " + lineNo + ": expected 19 tab-separated fields, got " + f.length);
                }
                String featureClass = f[6];
                String code = f[7];
                long population = Long.parseLong(f[14]);
                boolean capital = "PPLC".equals(code);
                if (!"P".equals(featureClass) || DROPPED_CODES.contains(code)) {
                    continue;
                }
                if (population < MIN_POPULATION && !capital) {
                    continue;
                }
                String cc = f[8];
                Integer n3 = isoN3ByIsoA2.get(cc);
                String name = f[1];
                if (name.indexOf('\t') >= 0 || name.indexOf('\n') >= 0) {
                    throw new IOException("cities500 line " + lineNo + ": name contains a tab or newline");
                }
                String row = f[0] + '\t' + name + '\t' + cc + '\t' + (n3 == null ? "" : String.format(Locale.ROOT, "%03d", n3))
                        + '\t' + f[4] + '\t' + f[5] + '\t' + population + '\t' + code + '\t' + (capital ? "1" : "0");
                rows.add(new Row(Long.parseLong(f[0]), row));
            }
        }
        rows.sort(Comparator.comparingLong(Row::geonameId));
        StringBuilder sb = new StringBuilder(rows.size() * 64);
        sb.append(HEADER).append('\n');
        for (Row row : rows) {
            sb.append(row.line()).append('\n');
        }
        out.write(sb.toString());
        return rows.size();
    }
}
