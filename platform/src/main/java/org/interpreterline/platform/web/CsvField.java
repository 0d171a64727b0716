package org.interpreterline.platform.web;

import java.util.Objects;

/** One field of an RFC 4180 CSV export, safe to open in a spreadsheet. */
public final class CsvField {

    private CsvField() {
    }

    /** Quoted when it holds a comma, quote or line break; a leading =, +, - or @ is defused for spreadsheets. */
    public static String of(String value) {
        String v = Objects.requireNonNullElse(value, "");
        if (!v.isEmpty() && "=+-@".indexOf(v.charAt(0)) >= 0 && !v.matches("-?[0-9.]+")) {
            v = "'" + v;
        }
        if (v.contains(",") || v.contains("\"") || v.contains("\n") || v.contains("\r")) {
            return "\"" + v.replace("\"", "\"\"") + "\"";
        }
        return v;
    }
}
