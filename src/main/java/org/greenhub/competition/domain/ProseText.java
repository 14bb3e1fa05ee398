package org.greenhub.competition.domain;

import org.greenhub.platform.text.TextRules;

/**
 * The check for free prose typed into an entry or an information request: the shared
 * {@link TextRules#prose prose rule} (trimmed, at most {@code max} code points, line breaks and tabs allowed but no
 * other control characters; {@code <} and {@code >} allowed, as prose is always shown escaped).
 */
final class ProseText {

    private ProseText() {}

    /** @return the trimmed value, or throws a refusal naming the field when blank */
    static String required(String field, String value, int max) {
        return TextRules.prose(field, value, max);
    }

    /** @return the trimmed value, or null when blank */
    static String optional(String field, String value, int max) {
        return TextRules.optionalProse(field, value, max);
    }
}
