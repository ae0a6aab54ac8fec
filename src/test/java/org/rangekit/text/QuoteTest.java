package org.rangekit.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class QuoteTest {

    @Test
    void typedValuesAreQuotedAsTyped() {
        assertEquals("'1e309'", Quote.of("1e309"));
        assertEquals("'0'", Quote.of("0"));
        assertEquals("''", Quote.of(null));
        assertEquals("'48°35′N 45°43′E'", Quote.of("48°35′N 45°43′E"));
    }

    @Test
    void controlAndFormatCharactersAreEscaped() {
        assertEquals("'a\\u001B[2Jb'", Quote.of("a\u001b[2Jb"));
        assertEquals("'x\\ny\\rz\\t'", Quote.of("x\ny\rz\t"));
        assertEquals("'\\u202Eevil'", Quote.of("\u202eevil"));
        assertEquals("'\\u0085\\u2028\\u200B'", Quote.of("\u0085\u2028\u200b"));
        // A backslash is doubled, so text cannot pretend to hold an escape.
        assertEquals("'\\\\u001B'", Quote.of("\\u001B"));
    }

    @Test
    void fileTextIsCutToAShortExcerpt() {
        String line = "root:$6$abcdefgh$0123456789abcdefghijklmnop:19000:0:99999:7:::";
        String q = Quote.excerpt(line);
        assertEquals("'root:$6$abcdefgh$012…'", q);
        assertFalse(q.contains("klmnop"));
    }

    @Test
    void longValuesKeepHeadAndTail() {
        String path = "/tmp/" + "d".repeat(300) + "/out.geojson";
        String q = Quote.of(path);
        assertTrue(q.startsWith("'/tmp/ddd") && q.endsWith("/out.geojson'") && q.contains("…"), q);
        assertEquals(Quote.VALUE_MAX + 3, q.codePointCount(0, q.length()));
    }

    @Test
    void noQuoteHoldsARawControlCharacterAndMessagesStayOneLine() {
        SplittableRandom r = new SplittableRandom(20261202L);
        for (int i = 0; i < 2000; i++) {
            StringBuilder sb = new StringBuilder();
            int n = r.nextInt(60);
            for (int k = 0; k < n; k++) {
                int cp = r.nextInt(4) == 0 ? r.nextInt(0x40) : r.nextInt(0x10FFFF);
                if (cp >= 0xD800 && cp <= 0xDFFF) {
                    continue;
                }
                sb.appendCodePoint(cp);
            }
            for (String q : new String[] {Quote.of(sb), Quote.excerpt(sb), Quote.controls(sb.toString())}) {
                q.codePoints().forEach(cp -> {
                    int t = Character.getType(cp);
                    assertFalse(t == Character.CONTROL || t == Character.FORMAT || t == Character.LINE_SEPARATOR
                            || t == Character.PARAGRAPH_SEPARATOR, "raw U+" + Integer.toHexString(cp) + " in " + q);
                });
            }
        }
    }
}
