package org.ressin.core.pmemo;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Identifier and header conventions of PMEmo files. */
final class Ids {

    private static final Pattern TRAILING_DIGITS = Pattern.compile("(\\d+)\\s*$");
    private static final Pattern INTEGRAL = Pattern.compile("(\\d+)(\\.0*)?");

    private Ids() {}

    /**
     * A music or subject ID as written in a cell or file name: trimmed; an integer, also when written as a float
     * ({@code 1.0}, as pandas does), loses its decimals and leading zeros so that {@code 7}, {@code 007} and
     * {@code 7.0} name the same song. Other IDs are kept as written.
     */
    static String normalise(String raw) {
        String s = stripBom(raw).trim();
        Matcher m = INTEGRAL.matcher(s);
        if (m.matches()) {
            String digits = m.group(1).replaceFirst("^0+(?=\\d)", "");
            return digits;
        }
        return s;
    }

    /**
     * The subject ID of an EDA column header or a subject cell: the trailing run of digits ({@code 100083},
     * {@code EDA_100083}, {@code subject 100083}), normalised like {@link #normalise}; empty when there is none.
     */
    static Optional<String> trailingDigits(String header) {
        String s = stripBom(header).trim();
        Matcher m = TRAILING_DIGITS.matcher(s);
        if (!m.find()) {
            return Optional.empty();
        }
        return Optional.of(normalise(m.group(1)));
    }

    /** Lower case, letters and digits only: {@code Arousal(mean)} becomes {@code arousalmean}. */
    static String normaliseHeader(String header) {
        return stripBom(header).toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
    }

    static String stripBom(String s) {
        return !s.isEmpty() && s.charAt(0) == '\uFEFF' ? s.substring(1) : s;
    }

    /** Orders IDs numerically when both are integers, else as text, so that song 9 comes before song 10. */
    static int compare(String a, String b) {
        boolean da = !a.isEmpty() && a.chars().allMatch(Character::isDigit);
        boolean db = !b.isEmpty() && b.chars().allMatch(Character::isDigit);
        if (da && db) {
            int c = Integer.compare(a.length(), b.length());
            return c != 0 ? c : a.compareTo(b);
        }
        if (da != db) {
            return da ? -1 : 1;
        }
        return a.compareTo(b);
    }
}
