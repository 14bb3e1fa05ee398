package org.greenhub.platform.i18n;

import jakarta.persistence.Embeddable;
import java.io.Serializable;
import java.util.Locale;
import java.util.Objects;
import org.greenhub.platform.error.DomainException;
import org.greenhub.platform.text.TextRules;

/**
 * A text a manager types that the public or applicants read, once per interface language (a title, a category, a
 * unit). English is required, so there is always something to show; the other languages are optional, and a reader
 * whose language is missing gets the English text marked as such ({@link #shown(Language)}).
 * <p>
 * Embedded with one column per language; each entity names its columns with {@code @AttributeOverride}
 * (the English column keeps the name the single-language column had, so older queries and rows stay valid).
 */
@Embeddable
public class LocalisedName implements Serializable {

    private static final long serialVersionUID = 1L;

    private String en;
    private String zh;
    private String th;
    private String vi;

    /** What a reader is shown: the text, the language it is in, and whether that is not the reader's language. */
    public record Shown(String text, Language language, boolean fallback) {
        public String lang() {
            return language.tag();
        }
    }

    protected LocalisedName() {}

    private LocalisedName(String en, String zh, String th, String vi) {
        this.en = en;
        this.zh = zh;
        this.th = th;
        this.vi = vi;
    }

    /**
     * A name (one line, no markup) in the four languages; English is required. A refusal names the field of the
     * language concerned: {@code field}, {@code fieldZh}, {@code fieldTh}, {@code fieldVi}.
     */
    public static LocalisedName name(String field, int maxLength, String en, String zh, String th, String vi) {
        return new LocalisedName(
                TextRules.name(field, en, maxLength),
                TextRules.optionalName(field + "Zh", zh, maxLength),
                TextRules.optionalName(field + "Th", th, maxLength),
                TextRules.optionalName(field + "Vi", vi, maxLength));
    }

    /** An optional name (a place): {@code null} when no language is given; English is required when any is. */
    public static LocalisedName optionalName(String field, int maxLength, String en, String zh, String th, String vi) {
        return englishFirst(
                field,
                new LocalisedName(
                        TextRules.optionalName(field, en, maxLength),
                        TextRules.optionalName(field + "Zh", zh, maxLength),
                        TextRules.optionalName(field + "Th", th, maxLength),
                        TextRules.optionalName(field + "Vi", vi, maxLength)));
    }

    /** Free text (line breaks allowed) in the four languages, all optional; {@code null} when none is given. */
    public static LocalisedName optionalProse(String field, int maxLength, String en, String zh, String th, String vi) {
        return englishFirst(
                field,
                new LocalisedName(
                        TextRules.optionalProse(field, en, maxLength),
                        TextRules.optionalProse(field + "Zh", zh, maxLength),
                        TextRules.optionalProse(field + "Th", th, maxLength),
                        TextRules.optionalProse(field + "Vi", vi, maxLength)));
    }

    private static LocalisedName englishFirst(String field, LocalisedName text) {
        if (text.en == null && (text.zh != null || text.th != null || text.vi != null)) {
            // the fallback every reader can be shown is English: a translation without it would be lost on the others
            throw DomainException.invalid(field, "platform.localised.englishRequired");
        }
        return text.en == null ? null : text;
    }

    /** Texts read back from the database as they were stored (projections); checked when they were written. */
    public static LocalisedName stored(String en, String zh, String th, String vi) {
        return en == null && zh == null && th == null && vi == null ? null : new LocalisedName(en, zh, th, vi);
    }

    /**
     * Texts the caller has already checked under its own field names (a form whose English field is {@code nameEn}).
     * English is required all the same: it is what a reader without a translation is shown.
     */
    public static LocalisedName of(String en, String zh, String th, String vi) {
        if (en == null) {
            throw new IllegalArgumentException("a localised name has an English text");
        }
        return new LocalisedName(en, zh, th, vi);
    }

    /** A name entered in English only (older callers and data that has no translations yet). */
    public static LocalisedName english(String field, int maxLength, String en) {
        return name(field, maxLength, en, null, null, null);
    }

    /** The text in exactly this language, or {@code null}. */
    public String exact(Language language) {
        return switch (language) {
            case CHINESE -> zh;
            case THAI -> th;
            case VIETNAMESE -> vi;
            default -> en;
        };
    }

    /** The text for a reader of this language: theirs when given, else English, marked as a fallback. */
    public Shown shown(Language language) {
        String own = exact(language);
        if (own != null) {
            return new Shown(own, language, false);
        }
        return new Shown(en, Language.ENGLISH, true);
    }

    /** The text for a reader of this locale: {@link #shown(Language)}, with {@link Shown#fallback()} when it is English instead. */
    public Shown in(Locale locale) {
        return shown(Language.of(locale));
    }

    /** The text for a reader of this language, without the fallback mark (for sorting and search keys). */
    public String text(Language language) {
        return shown(language).text();
    }

    public String english() {
        return en;
    }

    /** True when every interface language has its own text. */
    public boolean complete() {
        return en != null && zh != null && th != null && vi != null;
    }

    /** All texts, for search keys. */
    public String[] all() {
        return new String[] {en, zh, th, vi};
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof LocalisedName that
                && Objects.equals(en, that.en)
                && Objects.equals(zh, that.zh)
                && Objects.equals(th, that.th)
                && Objects.equals(vi, that.vi);
    }

    @Override
    public int hashCode() {
        return Objects.hash(en, zh, th, vi);
    }

    @Override
    public String toString() {
        return en;
    }
}
