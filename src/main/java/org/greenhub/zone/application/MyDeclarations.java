package org.greenhub.zone.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.greenhub.organisation.application.OrganisationService;
import org.greenhub.organisation.domain.Affiliation;
import org.greenhub.platform.i18n.Language;
import org.greenhub.zone.domain.DeclarationStatus;
import org.greenhub.zone.domain.Zone;
import org.greenhub.zone.domain.ZoneRepository;

/**
 * The enterprise's side of its annual declarations, for its people: every version the organisations they are
 * affiliated with today declared, to any zone (an enterprise that moved keeps its declarations to its former zone),
 * drafts included, a page at a time from the database. One version with its figures is
 * {@link Declarations#show(long)}, with the same rule: the organisation's current people only.
 */
@ApplicationScoped
public class MyDeclarations {

    @Inject
    DeclarationQueries queries;

    @Inject
    ZoneRepository zones;

    @Inject
    OrganisationService organisations;

    @Inject
    Clock clock;

    /** A version as the enterprise's list shows it, the zone named in the reader's language. */
    public record MyDeclaration(
            long id,
            long organisationId,
            String organisation,
            String zoneCode,
            String zone,
            int year,
            int number,
            DeclarationStatus status,
            Instant filedAt,
            String returnReason) {}

    /** One page of them and how many there are in all. */
    public record MyPage(List<MyDeclaration> rows, long total) {}

    /** The caller's organisations' declarations, of one year when {@code year} is given, the latest year first. */
    @Transactional
    public MyPage page(Integer year, Language language, int first, int size) {
        LocalDate today = LocalDate.ofInstant(Instant.now(clock), ZoneOffset.UTC);
        List<Long> mine = organisations.myAffiliations().stream()
                .filter(a -> a.isCurrent(today))
                .map(Affiliation::getOrganisation)
                .map(o -> o.getId())
                .distinct()
                .toList();
        List<DeclarationQueries.OwnLine> lines = queries.ofOrganisations(mine, year, first, size);
        // a page names a handful of zones: each read once
        Map<Long, Zone> named = new HashMap<>();
        lines.forEach(
                l -> named.computeIfAbsent(l.zoneId(), id -> zones.find(id).orElse(null)));
        List<MyDeclaration> rows = lines.stream()
                .map(l -> {
                    Zone zone = named.get(l.zoneId());
                    return new MyDeclaration(
                            l.id(),
                            l.organisationId(),
                            l.organisation(),
                            zone == null ? null : zone.getCode(),
                            zone == null ? null : zone.getName().text(language),
                            l.year(),
                            l.number(),
                            l.status(),
                            l.filedAt(),
                            l.returnReason());
                })
                .toList();
        return new MyPage(rows, queries.countOfOrganisations(mine, year));
    }
}
