package org.greenhub.platform.i18n;

import java.util.List;
import java.util.regex.Pattern;

/**
 * The four languages of the bundles, in the order of the glossary's columns after English: the bundle suffix, how a
 * mail greets, and what the language's own punctuation rules out.
 */
enum BundleLanguage {
    ENGLISH("en", "", "Dear {0},\n\n", List.of(Rules.ELLIPSIS)),
    // Chinese punctuation is full-width next to Chinese characters: ，；：？！（）…
    CHINESE("zh", "_zh_CN", "{0}，您好：\n\n", List.of(Rules.HALF_WIDTH_BESIDE_HAN, Rules.ELLIPSIS)),
    // Thai asks with หรือไม่ and needs no question mark; it separates clauses with a space, not ";".
    THAI("th", "_th", "เรียน {0}\n\n", List.of(Rules.THAI_QUESTION_MARK, Pattern.compile(";"), Rules.ELLIPSIS)),
    // One tone-mark placement in Vietnamese: hóa, xóa, thỏa (not hoá, xoá, thoả); “quý” keeps its mark.
    VIETNAMESE("vi", "_vi", "Kính gửi {0},\n\n", List.of(Rules.OLD_TONE_MARK, Rules.ELLIPSIS));

    /** The glossary's language code. */
    final String code;
    /** The bundle file's suffix: {@code account_th.properties}; English is the base bundle. */
    final String suffix;

    final String salutation;
    /** Patterns no text of this language may contain. */
    final List<Pattern> punctuationRuledOut;

    BundleLanguage(String code, String suffix, String salutation, List<Pattern> punctuationRuledOut) {
        this.code = code;
        this.suffix = suffix;
        this.salutation = salutation;
        this.punctuationRuledOut = punctuationRuledOut;
    }

    /** The languages translated from English. */
    static List<BundleLanguage> translations() {
        return List.of(CHINESE, THAI, VIETNAMESE);
    }

    @Override
    public String toString() {
        return code;
    }

    static final class Rules {
        static final Pattern ELLIPSIS = Pattern.compile("\\.\\.\\.");
        static final Pattern HALF_WIDTH_BESIDE_HAN =
                Pattern.compile("\\p{IsHan}[,;:?!()]|[,;:?!()]\\p{IsHan}|\\p{IsHan}, ");
        static final Pattern THAI_QUESTION_MARK = Pattern.compile("หรือไม่\\s*\\?");
        static final Pattern OLD_TONE_MARK = Pattern.compile("(?<![Qq])(?:o[áàảãạ]|o[éèẻẽẹ]|u[ýỳỷỹỵ])(?!\\p{L})");

        private Rules() {}
    }
}
