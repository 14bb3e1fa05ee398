package org.greenhub.organisation.application;

import java.io.Serializable;
import java.util.List;
import java.util.Optional;
import org.greenhub.platform.i18n.Language;

/**
 * The zone records an organisation or an incubator may be placed in, as organisation needs them: declared here and
 * implemented by the zone feature, so that zone depends on organisation and not the other way round.
 */
public interface ZoneNames {

    /** A zone select's value for "a zone GreenHub has no record of": a free-text field then names it. */
    String OTHER_CHOICE = "other";

    /** A zone one may choose: its id and its name in the reader's language. */
    record Choice(long id, String name) implements Serializable {}

    /** Every zone, by its name in this language (its English name where it has none in it). */
    List<Choice> choices(Language language);

    /** The zone's name in this language, if the zone exists. */
    Optional<String> name(long zoneId, Language language);

    /** What a record shows as its zone: the zone record's name when it points at one, else the text as typed. */
    default String label(Long zoneId, String text, Language language) {
        return zoneId == null ? text : name(zoneId, language).orElse(text);
    }
}
