package org.rangekit.databuild;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Country attributes joined from npm {@code admin0@4.0.1} (Natural Earth 3.1 10m admin-0, one
 * GeoJSON file per unit) and the 2019 population estimates of geopandas' {@code naturalearth_lowres}
 * (Natural Earth 5.0 110m).
 *
 * <h2>Rules</h2>
 * <ul>
 * <li>A world-atlas feature is matched to an admin0 unit by name, else by ISO numeric id, else by a
 *     short alias list ({@link #NAME_ALIASES}); an unmatched feature fails the build.</li>
 * <li>ISO_A3 = "-99" on a sovereign country or country takes its ADM0_A3 (France, Norway), the same
 *     fix geopandas applies to {@code naturalearth_lowres}.</li>
 * <li>ISO_A2 is missing in Natural Earth 3.1 for France, Norway and Kosovo; {@link #ISO_A2_FIXES}
 *     fills them with the codes GeoNames uses (XK for Kosovo).</li>
 * <li>Population: the geopandas 2019 figure where its iso_a3 equals ours (by name for its "-99"
 *     rows), else admin0's POP_EST with POP_YEAR, where a POP_YEAR of -99 or 0 means the Natural
 *     Earth 1.x–3.x default vintage, CIA World Factbook July 2009 estimates
 *     ({@value #ADMIN0_DEFAULT_POP_YEAR}). POP_EST = -99 (uninhabited) becomes 0 with year 0.</li>
 * </ul>
 */
public final class CountryAttributes {

    /** Year of the Natural Earth ≤ 3 POP_EST values that carry no POP_YEAR (CIA World Factbook 2009). */
    public static final int ADMIN0_DEFAULT_POP_YEAR = 2009;

    /** Year of the geopandas naturalearth_lowres (Natural Earth 5.0) POP_EST values. */
    public static final int GEOPANDAS_POP_YEAR = 2019;

    /** world-atlas (Natural Earth 4.1) names with neither an admin0 name twin nor an ISO numeric id. */
    static final Map<String, String> NAME_ALIASES = Map.of("Bajo Nuevo Bank", "Bajo Nuevo Bank (Petrel Is.)");

    /** ADM0_A3 → ISO 3166-1 alpha-2 where Natural Earth 3.1 has "-99" (GeoNames uses XK for Kosovo). */
    static final Map<String, String> ISO_A2_FIXES = Map.of("FRA", "FR", "NOR", "NO", "KOS", "XK");

    /** One admin0 unit with the fixes above applied. */
    public record Unit(String adm0A3, String isoA3, int isoN3, String isoA2, String name, String continent,
                       long popEst, int popYear, String type) {
    }

    /** The joined attributes of a world-atlas feature. */
    public record Joined(int isoN3, String isoA3, String isoA2, String adm0A3, String name, String continent,
                         long popEst, int popYear) {
    }

    private final List<Unit> units;
    private final Map<String, List<Unit>> byName = new HashMap<>();
    private final Map<Integer, List<Unit>> byIsoN3 = new HashMap<>();
    private final Map<String, Long> pop2019ByIsoA3 = new HashMap<>();
    private final Map<String, Long> pop2019ByName = new HashMap<>();

    private CountryAttributes(List<Unit> units, List<Map<String, String>> lowres) {
        this.units = units;
        for (Unit u : units) {
            byName.computeIfAbsent(u.name(), k -> new ArrayList<>()).add(u);
            if (u.isoN3() != -99) {
                byIsoN3.computeIfAbsent(u.isoN3(), k -> new ArrayList<>()).add(u);
            }
        }
        for (Map<String, String> row : lowres) {
            long pop = Math.round(Double.parseDouble(row.get("pop_est")));
            String a3 = row.get("iso_a3");
            if ("-99".equals(a3)) {
                pop2019ByName.put(row.get("name"), pop);
            } else {
                pop2019ByIsoA3.put(a3, pop);
            }
        }
    }

    /**
     * Loads admin0 (the package directory holding continent folders) and the naturalearth_lowres
     * attribute table.
     */
    public static CountryAttributes load(Path admin0Dir, Path lowresDbf) throws IOException {
        ObjectMapper mapper = new ObjectMapper();
        List<Path> files;
        try (Stream<Path> s = Files.walk(admin0Dir, 2)) {
            files = s.filter(p -> p.getFileName().toString().endsWith(".geojson")).sorted().toList();
        }
        List<Unit> units = new ArrayList<>();
        for (Path f : files) {
            JsonNode p = mapper.readTree(f.toFile()).path("properties");
            units.add(unit(p));
        }
        return new CountryAttributes(units, DbfReader.read(lowresDbf, StandardCharsets.UTF_8));
    }

    static Unit unit(JsonNode p) {
        String adm0 = p.path("ADM0_A3").asText();
        String type = p.path("TYPE").asText();
        String isoA3 = p.path("ISO_A3").asText();
        if ("-99".equals(isoA3) && ("Sovereign country".equals(type) || "Country".equals(type))) {
            isoA3 = adm0;
        }
        String isoA2 = p.path("ISO_A2").asText();
        if ("-99".equals(isoA2) && ISO_A2_FIXES.containsKey(adm0)) {
            isoA2 = ISO_A2_FIXES.get(adm0);
        }
        int isoN3 = Integer.parseInt(p.path("ISO_N3").asText());
        long pop = p.path("POP_EST").asLong();
        int year = p.path("POP_YEAR").asInt();
        if (pop < 0) {
            pop = 0;
            year = 0;
        } else if (year < 1900) {
            year = ADMIN0_DEFAULT_POP_YEAR;
        }
        return new Unit(adm0, isoA3, isoN3, isoA2, p.path("NAME").asText(), p.path("CONTINENT").asText(),
                pop, year, type);
    }

    /** All admin0 units, in file order. */
    public List<Unit> units() {
        return units;
    }

    /**
     * Joins a world-atlas feature (its id, the ISO numeric code as text or null, and its name).
     *
     * @throws IllegalStateException if the feature matches no unit or several
     */
    public Joined join(String id, String name) {
        Unit u = unique(byName.get(name));
        if (u == null && id != null) {
            u = unique(byIsoN3.get(Integer.parseInt(id)));
        }
        if (u == null && NAME_ALIASES.containsKey(name)) {
            u = unique(byName.get(NAME_ALIASES.get(name)));
        }
        if (u == null) {
            throw new IllegalStateException("no admin0 unit for world-atlas feature id=" + id + " name='" + name + "'");
        }
        int isoN3 = id != null ? Integer.parseInt(id) : u.isoN3();
        long pop = u.popEst();
        int year = u.popYear();
        Long p2019 = "-99".equals(u.isoA3()) ? pop2019ByName.get(name) : pop2019ByIsoA3.get(u.isoA3());
        if (p2019 == null && "-99".equals(u.isoA3())) {
            p2019 = pop2019ByName.get(u.name());
        }
        if (p2019 != null) {
            pop = p2019;
            year = GEOPANDAS_POP_YEAR;
        }
        return new Joined(isoN3, u.isoA3(), u.isoA2(), u.adm0A3(), name, u.continent(), pop, year);
    }

    private static Unit unique(List<Unit> list) {
        return list != null && list.size() == 1 ? list.get(0) : null;
    }
}
