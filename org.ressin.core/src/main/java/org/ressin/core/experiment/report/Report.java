package org.ressin.core.experiment.report;

import java.util.ArrayList;
import java.util.List;

/**
 * A report as a list of blocks of plain text, tables and figures. {@link MarkdownWriter} and {@link HtmlWriter}
 * render the same model, so {@code report.md} and {@code report.html} cannot say different things. All text is
 * plain: the writers escape it for their format.
 *
 * @param title  the document's title
 * @param blocks the content, in order
 */
public record Report(String title, List<Block> blocks) {

    public Report {
        blocks = List.copyOf(blocks);
    }

    /** One piece of content. */
    public sealed interface Block permits Heading, Paragraph, Table, Figure, Code {}

    /** A section heading; level 2 is a section, 3 a subsection. */
    public record Heading(int level, String text) implements Block {
        public Heading {
            if (level < 2 || level > 4) throw new IllegalArgumentException("heading level must be 2 to 4, was " + level);
        }
    }

    /** Plain text; each element of {@code lines} starts a new line. */
    public record Paragraph(List<String> lines) implements Block {
        public Paragraph {
            lines = List.copyOf(lines);
        }

        public static Paragraph of(String... lines) { return new Paragraph(List.of(lines)); }
    }

    /** A table of text cells; every row has as many cells as the header. */
    public record Table(List<String> header, List<List<String>> rows) implements Block {
        public Table {
            header = List.copyOf(header);
            rows = rows.stream().map(List::copyOf).toList();
            for (int i = 0; i < rows.size(); i++) {
                if (rows.get(i).size() != header.size()) {
                    throw new IllegalArgumentException("table row " + (i + 1) + " has " + rows.get(i).size()
                            + " cells, the header " + header.size());
                }
            }
        }
    }

    /** An image file beside the report (a relative path) with its caption. */
    public record Figure(String file, String caption) implements Block {}

    /** Verbatim text in a fixed-width font, e.g. the settings as JSON. */
    public record Code(String text) implements Block {}

    /** Collects blocks in order. */
    public static final class Builder {
        private final String title;
        private final List<Block> blocks = new ArrayList<>();

        public Builder(String title) { this.title = title; }

        public Builder heading(String text) { return add(new Heading(2, text)); }

        public Builder paragraph(String... lines) { return add(Paragraph.of(lines)); }

        public Builder add(Block b) {
            blocks.add(b);
            return this;
        }

        public Builder addAll(List<? extends Block> bs) {
            blocks.addAll(bs);
            return this;
        }

        public Report build() { return new Report(title, blocks); }
    }
}
