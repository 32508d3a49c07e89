package org.ressin.core.pmemo;

import java.util.Map;

/**
 * One row of the optional {@code metadata.csv}: every column kept as text (keyed by its header as written),
 * because the project only displays it.
 */
public record SongMetadata(String musicId, Map<String, String> fields) {

    public SongMetadata {
        fields = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(fields));
    }

    /** The value of a column, matched case-insensitively ignoring punctuation, or "" when absent. */
    public String field(String name) {
        String wanted = Ids.normaliseHeader(name);
        for (Map.Entry<String, String> e : fields.entrySet()) {
            if (Ids.normaliseHeader(e.getKey()).equals(wanted)) {
                return e.getValue();
            }
        }
        return "";
    }

    public String title() { return field("title"); }

    public String artist() { return field("artist"); }
}
