package org.ressin.core.experiment.report;

import org.ressin.core.experiment.report.Report.Block;

/** Renders a {@link Report} as GitHub-flavoured Markdown; text is escaped so it shows as written. */
public final class MarkdownWriter {

    private MarkdownWriter() {}

    public static String write(Report report) {
        StringBuilder s = new StringBuilder("# ").append(text(report.title())).append("\n\n");
        for (Block b : report.blocks()) {
            s.append(block(b));
        }
        return s.toString();
    }

    /** One block, ending with a blank line. */
    public static String block(Block b) {
        StringBuilder s = new StringBuilder();
        if (b instanceof Report.Heading h) {
            s.append("#".repeat(h.level())).append(' ').append(text(h.text())).append('\n');
        } else if (b instanceof Report.Paragraph p) {
            for (int i = 0; i < p.lines().size(); i++) {
                // two trailing spaces: a hard line break inside the paragraph
                s.append(text(p.lines().get(i))).append(i + 1 < p.lines().size() ? "  \n" : "\n");
            }
        } else if (b instanceof Report.Table t) {
            row(s, t.header());
            s.append("|---".repeat(t.header().size())).append("|\n");
            t.rows().forEach(r -> row(s, r));
        } else if (b instanceof Report.Figure f) {
            s.append("![").append(text(f.caption())).append("](").append(f.file().replace(" ", "%20"))
                    .append(")  \n*").append(text(f.caption())).append("*\n");
        } else if (b instanceof Report.Code c) {
            s.append("```\n").append(c.text().replace("```", "` ` `")).append("\n```\n");
        }
        return s.append('\n').toString();
    }

    private static void row(StringBuilder s, java.util.List<String> cells) {
        for (String c : cells) {
            s.append("| ").append(text(c).replace("|", "\\|").replace("\n", " ")).append(' ');
        }
        s.append("|\n");
    }

    /** Backslash-escapes the characters Markdown would read as markup. */
    static String text(String plain) {
        StringBuilder s = new StringBuilder(plain.length());
        for (int i = 0; i < plain.length(); i++) {
            char c = plain.charAt(i);
            if ("\\`*_[]<>#".indexOf(c) >= 0) {
                s.append('\\');
            }
            s.append(c);
        }
        return s.toString();
    }
}
