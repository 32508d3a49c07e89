package org.ressin.core.experiment.report;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

/** Markdown and HTML from one report model: same content, text escaped for each format. */
class ReportWritersTest {

    private static final Report REPORT = new Report.Builder("Results <for> R&D")
            .heading("Table 2")
            .paragraph("line one with *stars* and _underscores_", "line <two> & 'quotes'")
            .add(new Report.Table(List.of("target", "input", "accuracy"), List.of(
                    List.of("valence", "a|b", "0.7343 ± 0.0100"),
                    List.of("arousal", "<script>alert(1)</script>", "0.5000 ± 0.0000"))))
            .add(new Report.Figure("loss-valence.png", "valence: loss \"curves\""))
            .add(new Report.Code("{\"seed\": 3, \"tag\": \"<b>\"}"))
            .build();

    @Test
    void markdownHasTheTableRowsAndEscapesMarkup() {
        String md = MarkdownWriter.write(REPORT);
        assertTrue(md.startsWith("# Results \\<for\\> R&D\n"), md);
        assertTrue(md.contains("## Table 2\n"), md);
        assertTrue(md.contains("| target | input | accuracy |\n|---|---|---|\n"), md);
        assertTrue(md.contains("| valence | a\\|b | 0.7343 ± 0.0100 |"), md);
        assertTrue(md.contains("| arousal | \\<script\\>alert(1)\\</script\\> |"), md);
        assertTrue(md.contains("with \\*stars\\* and \\_underscores\\_  \nline"), md);
        assertTrue(md.contains("![valence: loss \"curves\"](loss-valence.png)"), md);
        assertTrue(md.contains("```\n{\"seed\": 3, \"tag\": \"<b>\"}\n```"), "code is verbatim: " + md);
    }

    @Test
    void htmlHasTheSameTableAndEscapesEverything() {
        String html = HtmlWriter.write(REPORT);
        assertTrue(html.startsWith("<!DOCTYPE html>"), html);
        assertTrue(html.contains("<title>Results &lt;for&gt; R&amp;D</title>"), html);
        assertTrue(html.contains("<tr><th>target</th><th>input</th><th>accuracy</th></tr>"), html);
        assertTrue(html.contains("<tr><td>valence</td><td>a|b</td><td>0.7343 ± 0.0100</td></tr>"), html);
        assertTrue(html.contains("<td>&lt;script&gt;alert(1)&lt;/script&gt;</td>"), html);
        assertFalse(html.contains("<script>"), "no markup from the text gets through");
        assertTrue(html.contains("line one with *stars* and _underscores_<br>\nline &lt;two&gt; &amp; &#39;quotes&#39;"),
                html);
        assertTrue(html.contains("<img src=\"loss-valence.png\" alt=\"valence: loss &quot;curves&quot;\">"), html);
        assertTrue(html.contains("<pre>{&quot;seed&quot;: 3, &quot;tag&quot;: &quot;&lt;b&gt;&quot;}</pre>"), html);
    }

    @Test
    void aTableRowMustMatchTheHeader() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new Report.Table(List.of("a", "b"), List.of(List.of("1"))));
        assertTrue(e.getMessage().contains("row 1 has 1 cells, the header 2"), e.getMessage());
    }
}
