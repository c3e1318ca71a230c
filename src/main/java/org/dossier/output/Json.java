package org.dossier.output;

import java.util.List;

/** Just enough JSON for the files Dossier writes (search index, translation report): strings and lists of them. */
public final class Json {

    private Json() {
    }

    public static void str(StringBuilder sb, String s) {
        sb.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case '\n' -> sb.append("\\n");
                case '\t' -> sb.append("\\t");
                case '\r' -> sb.append("\\r");
                case '\u2028' -> sb.append("\\u2028");
                case '\u2029' -> sb.append("\\u2029");
                default -> {
                    if (c < 0x20) sb.append(String.format("\\u%04x", (int) c));
                    else sb.append(c);
                }
            }
        }
        sb.append('"');
    }

    public static String str(String s) {
        StringBuilder sb = new StringBuilder(s.length() + 2);
        str(sb, s);
        return sb.toString();
    }

    public static void strings(StringBuilder sb, List<String> list) {
        sb.append('[');
        for (int i = 0; i < list.size(); i++) {
            if (i > 0) sb.append(',');
            str(sb, list.get(i));
        }
        sb.append(']');
    }

    public static String strings(List<String> list) {
        StringBuilder sb = new StringBuilder();
        strings(sb, list);
        return sb.toString();
    }
}
