package org.ressin.core.experiment.report;

import org.ressin.core.experiment.report.Report.Block;

/** Renders a {@link Report} as one self-contained HTML page (figures linked by relative path); text is escaped. */
public final class HtmlWriter {

    private static final String STYLE = "body{font-family:sans-serif;max-width:70em;margin:2em auto;padding:0 1em}"
            + "table{border-collapse:collapse;margin:1em 0}th,td{border:1px solid #ccc;padding:.25em .6em}"
            + "th{background:#f3f3f3}td{text-align:right}td:first-child,td:nth-child(2){text-align:left}"
            + "figure{margin:1em 0}img{max-width:100%}pre{background:#f6f6f6;padding:.6em;overflow-x:auto}";

    private HtmlWriter() {}

    public static String write(Report report) {
        StringBuilder s = new StringBuilder("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>")
                .append(escape(report.title())).append("</title>\n<style>").append(STYLE).append("</style>\n</head>\n<body>\n<h1>")
                .append(escape(report.title())).append("</h1>\n");
        for (Block b : report.blocks()) {
            block(s, b);
        }
        return s.append("</body>\n</html>\n").toString();
    }

    private static void block(StringBuilder s, Block b) {
        if (b instanceof Report.Heading h) {
            s.append("<h").append(h.level()).append('>').append(escape(h.text())).append("</h").append(h.level())
                    .append(">\n");
        } else if (b instanceof Report.Paragraph p) {
            s.append("<p>").append(String.join("<br>\n", p.lines().stream().map(HtmlWriter::escape).toList()))
                    .append("</p>\n");
        } else if (b instanceof Report.Table t) {
            s.append("<table>\n<thead><tr>");
            t.header().forEach(c -> s.append("<th>").append(escape(c)).append("</th>"));
            s.append("</tr></thead>\n<tbody>\n");
            for (var row : t.rows()) {
                s.append("<tr>");
                row.forEach(c -> s.append("<td>").append(escape(c)).append("</td>"));
                s.append("</tr>\n");
            }
            s.append("</tbody>\n</table>\n");
        } else if (b instanceof Report.Figure f) {
            s.append("<figure><img src=\"").append(escape(f.file())).append("\" alt=\"").append(escape(f.caption()))
                    .append("\"><figcaption>").append(escape(f.caption())).append("</figcaption></figure>\n");
        } else if (b instanceof Report.Code c) {
            s.append("<pre>").append(escape(c.text())).append("</pre>\n");
        }
    }

    /** Escapes the characters HTML gives a meaning in text and attribute values. */
    static String escape(String text) {
        StringBuilder s = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> s.append("&amp;");
                case '<' -> s.append("&lt;");
                case '>' -> s.append("&gt;");
                case '"' -> s.append("&quot;");
                case '\'' -> s.append("&#39;");
                default -> s.append(c);
            }
        }
        return s.toString();
    }
}
