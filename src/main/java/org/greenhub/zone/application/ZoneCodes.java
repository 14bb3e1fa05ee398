package org.greenhub.zone.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.io.Serializable;
import java.text.Collator;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.greenhub.platform.i18n.Language;
import org.greenhub.zone.domain.ZoneRepository;

/**
 * The zone records by code, for the features that keep a zone as its code (the reserve's projects and calls): a
 * narrow published read, beside {@link ZoneDirectory}. Codes and names are public facts; nothing else is given.
 */
@ApplicationScoped
public class ZoneCodes {

    @Inject
    ZoneRepository zones;

    /** A zone as a form offers it: its code and its name in the reader's language. */
    public record Coded(long id, String code, String name) implements Serializable {}

    /** Every zone, by its name as the reader's language sorts it. */
    @Transactional
    public List<Coded> all(Language language) {
        Collator order = Collator.getInstance(language.locale());
        return zones.all().stream()
                .map(z -> new Coded(z.getId(), z.getCode(), z.getName().text(language)))
                .sorted(Comparator.comparing(Coded::name, order))
                .toList();
    }

    /** Every zone's name in this language, by its code in upper case (one statement). */
    @Transactional
    public Map<String, String> namesByCode(Language language) {
        Map<String, String> names = new HashMap<>();
        zones.namesByCode().forEach((code, name) -> names.put(code, name.text(language)));
        return names;
    }

    /** The code of a zone record, if it exists. */
    @Transactional
    public Optional<String> code(long zoneId) {
        return zones.find(zoneId).map(z -> z.getCode());
    }

    /** A zone's name in this language, by its code (any case). */
    @Transactional
    public Optional<String> name(String code, Language language) {
        return code == null
                ? Optional.empty()
                : zones.findByCode(code).map(z -> z.getName().text(language));
    }
}
