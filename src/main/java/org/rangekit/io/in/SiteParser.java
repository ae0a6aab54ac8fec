package org.rangekit.io.in;

import org.rangekit.cli.BadInputException;
import org.rangekit.cli.SiteArgs;
import org.rangekit.range.Site;

/**
 * A site as users write it: a catalog id ({@code kapustin-yar}), decimal {@code LAT,LON} or DMS
 * ({@code 48°35′N 45°43′E}), the same grammar for the command line and scenario files.
 */
public final class SiteParser {

    private SiteParser() {
    }

    /**
     * @param text the site as written
     * @param catalog where ids are looked up
     * @throws IllegalArgumentException saying what is wrong and what was expected
     */
    public static Site parse(String text, SiteCatalog catalog) {
        try {
            return SiteArgs.parse("", text, catalog);
        } catch (BadInputException e) {
            // SiteArgs prefixes "OPTION 'TEXT': "; the caller names the key and value itself.
            String m = e.getMessage();
            String prefix = "'" + (text == null ? "" : text) + "': ";
            throw new IllegalArgumentException(m.startsWith(prefix) ? m.substring(prefix.length()) : m);
        }
    }
}
