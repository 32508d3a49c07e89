package org.ressin.core.labels;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The ratings to label, chosen by {@link RatingSelector}.
 *
 * @param ratings         the ratings, own ratings first (input order), then song means (recording order)
 * @param sourceBySubject where each subject's ratings came from, in order of first appearance
 * @param warnings        what could not be rated, for the user
 */
public record RatingSelection(List<Rating> ratings, Map<String, RatingSource> sourceBySubject, List<String> warnings) {

    public RatingSelection {
        ratings = List.copyOf(ratings);
        sourceBySubject = Collections.unmodifiableMap(new LinkedHashMap<>(sourceBySubject));
        warnings = List.copyOf(warnings);
    }
}
