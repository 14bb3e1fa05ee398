package org.greenhub.platform.text;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Folds a name in any script to a key for searching: case and accents removed (Vietnamese "Nguyễn" matches
 * "nguyen"), other scripts (Chinese, Thai) kept as they are, whitespace collapsed.
 */
public final class SearchKey {

    private static final Pattern COMBINING_MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private SearchKey() {}

    public static String of(String... parts) {
        StringBuilder joined = new StringBuilder();
        for (String part : parts) {
            if (part != null && !part.isBlank()) {
                joined.append(' ').append(part);
            }
        }
        return fold(joined.toString());
    }

    /** The words of a search, folded like stored keys; at most 8, so a pasted essay cannot build a huge query. */
    public static java.util.List<String> words(String text) {
        if (text == null || text.isBlank()) {
            return java.util.List.of();
        }
        return java.util.Arrays.stream(fold(text).split(" "))
                .filter(w -> !w.isEmpty())
                .distinct()
                .limit(8)
                .toList();
    }

    /** Escapes LIKE wildcards so that % and _ typed by a user match themselves (with {@code escape '\\'}). */
    public static String likeContains(String word) {
        return "%" + word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }

    public static String fold(String text) {
        if (text == null) {
            return "";
        }
        String folded = text.replace('đ', 'd').replace('Đ', 'D');
        folded = Normalizer.normalize(folded, Normalizer.Form.NFKD);
        // Thai vowels and tone marks are combining marks too, but they carry meaning: keep Thai untouched.
        StringBuilder out = new StringBuilder(folded.length());
        int i = 0;
        while (i < folded.length()) {
            int cp = folded.codePointAt(i);
            boolean thai = Character.UnicodeScript.of(cp) == Character.UnicodeScript.THAI;
            if (thai
                    || !COMBINING_MARKS
                            .matcher(new String(Character.toChars(cp)))
                            .matches()) {
                out.appendCodePoint(cp);
            }
            i += Character.charCount(cp);
        }
        String result =
                Normalizer.normalize(out.toString(), Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
        return SPACES.matcher(result).replaceAll(" ").trim();
    }
}
