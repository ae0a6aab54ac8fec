package org.rangekit.text;

/**
 * Quotes text that came from outside (an option as typed, a file path, a field or line of an
 * input file) for a one-line message on a terminal.
 *
 * <p>Two dangers, both handled here and nowhere else:
 * <ul>
 * <li><b>Control characters.</b> A file may hold escape sequences ({@code ESC [ 2 J} clears the
 *   screen, OSC 8 writes links), carriage returns that overwrite the message, or bidirectional
 *   overrides (U+202E) that reverse what is shown. Every code point of Unicode category Cc
 *   (C0, DEL, C1), Cf (format: bidi controls, zero-width characters), Zl and Zp is written as a
 *   Java-style escape ({@code \n}, {@code \t}, {@code \r}, otherwise a backslash, {@code u} and four hex digits); the
 *   backslash itself is doubled so that the escapes cannot be forged.</li>
 * <li><b>Length.</b> A message about a file may quote one of its lines, and the file may be any
 *   file the user can read ({@code --targets /etc/shadow}). Quotes are cut to a bounded number
 *   of code points: {@link #VALUE_MAX} for values the user typed (which they know already),
 *   {@link #EXCERPT_MAX} for text read from a file, enough to recognise a column name.</li>
 * </ul>
 *
 * <p>Example: a value holding ESC (U+001B) followed by {@code [2J} is quoted with the ESC written
 * as six printable characters, backslash {@code u001B}.
 *
 * <p>Thread safety: stateless.
 */
public final class Quote {

    /** Code points kept of a value the user typed (an option value, a path): long enough for a path. */
    public static final int VALUE_MAX = 120;

    /** Code points kept of text read from an input file (a header, a cell): a short excerpt. */
    public static final int EXCERPT_MAX = 20;

    private static final String ELLIPSIS = "…";

    private Quote() {
    }

    /**
     * {@code 'TEXT'}, escaped, cut to {@link #VALUE_MAX} code points; {@code null} gives {@code ''}.
     *
     * @param text a value as typed, or null
     */
    public static String of(Object text) {
        return of(text, VALUE_MAX);
    }

    /**
     * {@code 'EXCERPT'}: an escaped excerpt of text read from an input file, cut to
     * {@link #EXCERPT_MAX} code points.
     *
     * @param text text read from a file, or null
     */
    public static String excerpt(Object text) {
        return of(text, EXCERPT_MAX);
    }

    /**
     * {@code 'TEXT'}, escaped and cut to at most {@code maxCodePoints} code points of the original
     * (keeping its head, and also its tail when the limit allows 40 or more: the end of a path is
     * the part that tells files apart), with {@code …} where text was left out.
     *
     * @param text the text, or null (quoted as empty)
     * @param maxCodePoints code points of {@code text} kept, at least 1
     */
    public static String of(Object text, int maxCodePoints) {
        if (maxCodePoints < 1) {
            throw new IllegalArgumentException("maxCodePoints must be >= 1, got " + maxCodePoints);
        }
        String s = text == null ? "" : text.toString();
        int n = s.codePointCount(0, s.length());
        String shown;
        if (n <= maxCodePoints) {
            shown = escape(s);
        } else if (maxCodePoints >= 40) {
            int tail = maxCodePoints / 3;
            int head = maxCodePoints - tail;
            shown = escape(s.substring(0, s.offsetByCodePoints(0, head))) + ELLIPSIS
                    + escape(s.substring(s.offsetByCodePoints(0, n - tail)));
        } else {
            shown = escape(s.substring(0, s.offsetByCodePoints(0, maxCodePoints))) + ELLIPSIS;
        }
        return "'" + shown + "'";
    }

    /**
     * The text with every control, format and line/paragraph separator code point written as an
     * escape ({@code \n}, {@code \r}, {@code \t}, otherwise {@code \}{@code uXXXX}, or
     * {@code \}{@code U+XXXXX} beyond the BMP) and every backslash doubled; nothing is cut.
     * Applied to a whole message line it is idempotent on text without backslashes.
     *
     * @param text any text, not null
     */
    public static String escape(String text) {
        StringBuilder sb = null;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            int len = Character.charCount(cp);
            String rep = replacement(cp);
            if (rep != null && sb == null) {
                sb = new StringBuilder(text.length() + 16).append(text, 0, i);
            }
            if (sb != null) {
                if (rep != null) {
                    sb.append(rep);
                } else {
                    sb.appendCodePoint(cp);
                }
            }
            i += len;
        }
        return sb == null ? text : sb.toString();
    }

    /**
     * Escapes only the control and format code points of a whole message (for the last check
     * before a line reaches the terminal); backslashes are kept as they are, since the message
     * may already hold escapes written by {@link #escape}.
     *
     * @param line a message line, not null
     */
    public static String controls(String line) {
        StringBuilder sb = null;
        for (int i = 0; i < line.length(); ) {
            int cp = line.codePointAt(i);
            String rep = cp == '\\' ? null : replacement(cp);
            if (rep != null && sb == null) {
                sb = new StringBuilder(line.length() + 16).append(line, 0, i);
            }
            if (sb != null) {
                if (rep != null) {
                    sb.append(rep);
                } else {
                    sb.appendCodePoint(cp);
                }
            }
            i += Character.charCount(cp);
        }
        return sb == null ? line : sb.toString();
    }

    private static String replacement(int cp) {
        switch (cp) {
            case '\\':
                return "\\\\";
            case '\n':
                return "\\n";
            case '\r':
                return "\\r";
            case '\t':
                return "\\t";
            default:
                break;
        }
        int type = Character.getType(cp);
        boolean unsafe = type == Character.CONTROL || type == Character.FORMAT
                || type == Character.LINE_SEPARATOR || type == Character.PARAGRAPH_SEPARATOR
                || type == Character.UNASSIGNED && cp >= 0xE0000 && cp <= 0xE0FFF;
        if (!unsafe) {
            return null;
        }
        return cp <= 0xFFFF ? String.format("\\u%04X", cp) : String.format("\\U+%05X", cp);
    }
}
