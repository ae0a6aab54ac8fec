package org.rangekit.databuild;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the attribute table of a shapefile (dBASE III .dbf): enough to take {@code iso_a3} and
 * {@code pop_est} from geopandas' {@code naturalearth_lowres} without GDAL or Python.
 *
 * <p>Layout (dBASE III): a 32-byte header (record count at byte 4, header length at 8, record
 * length at 10, little-endian), 32-byte field descriptors ended by 0x0D, then fixed-width records,
 * each starting with a deletion flag ('*' = deleted). Values are text, trimmed here.
 */
public final class DbfReader {

    private DbfReader() {
    }

    /** Reads all non-deleted records as maps from field name to trimmed text. */
    public static List<Map<String, String>> read(Path dbf, Charset charset) throws IOException {
        ByteBuffer b = ByteBuffer.wrap(Files.readAllBytes(dbf)).order(ByteOrder.LITTLE_ENDIAN);
        int count = b.getInt(4);
        int headerLength = Short.toUnsignedInt(b.getShort(8));
        int recordLength = Short.toUnsignedInt(b.getShort(10));
        List<String> names = new ArrayList<>();
        List<Integer> widths = new ArrayList<>();
        for (int p = 32; b.get(p) != 0x0D; p += 32) {
            int end = p;
            while (end < p + 11 && b.get(end) != 0) {
                end++;
            }
            byte[] name = new byte[end - p];
            b.get(p, name);
            names.add(new String(name, java.nio.charset.StandardCharsets.US_ASCII));
            widths.add(Byte.toUnsignedInt(b.get(p + 16)));
        }
        List<Map<String, String>> rows = new ArrayList<>(count);
        for (int r = 0; r < count; r++) {
            int p = headerLength + r * recordLength;
            if (b.get(p) == '*') {
                continue;
            }
            p++;
            Map<String, String> row = new LinkedHashMap<>();
            for (int f = 0; f < names.size(); f++) {
                byte[] v = new byte[widths.get(f)];
                b.get(p, v);
                p += v.length;
                row.put(names.get(f), new String(v, charset).trim());
            }
            rows.add(row);
        }
        return rows;
    }
}
