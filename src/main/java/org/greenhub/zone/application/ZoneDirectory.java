package org.greenhub.zone.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.text.Collator;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.greenhub.organisation.application.ZoneNames;
import org.greenhub.platform.i18n.Language;
import org.greenhub.zone.domain.ZoneRepository;

/**
 * The zone records as organisations and incubators choose and show them (organisation's {@link ZoneNames}). Zone
 * names are public facts, so anyone who edits an organisation may read the list; nothing else of a zone is given.
 */
@ApplicationScoped
public class ZoneDirectory implements ZoneNames {

    @Inject
    ZoneRepository zones;

    @Override
    @Transactional
    public List<Choice> choices(Language language) {
        // sorted as the reader's language sorts (pinyin for Chinese, Thai order for Thai), not by code points
        Collator order = Collator.getInstance(language.locale());
        return zones.all().stream()
                .map(z -> new Choice(z.getId(), z.getName().text(language)))
                .sorted(Comparator.comparing(Choice::name, order))
                .toList();
    }

    @Override
    @Transactional
    public Optional<String> name(long zoneId, Language language) {
        return zones.find(zoneId).map(z -> z.getName().text(language));
    }
}
