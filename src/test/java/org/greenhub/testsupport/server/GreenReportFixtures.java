package org.greenhub.testsupport.server;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.util.List;
import org.greenhub.account.domain.Role;
import org.greenhub.platform.i18n.Language;
import org.greenhub.zone.application.Declarations;
import org.greenhub.zone.domain.Declaration;
import org.greenhub.zone.domain.DeclarationFigures;
import org.greenhub.zone.domain.Zone;

/**
 * A zone for the annual report's tests: two administrators (the author and the second pair of eyes), an enterprise
 * in it with accepted declarations for the two years before this one, and another zone with an administrator of its
 * own. Every account signs in with {@link JudgingFixtures#PASSWORD}.
 */
@ApplicationScoped
public class GreenReportFixtures {

    @PersistenceContext
    EntityManager em;

    @Inject
    CompetitionFixtures competitions;

    @Inject
    EvaluationFixtures people;

    @Inject
    JudgingFixtures judging;

    @Inject
    ZoneFixtures zones;

    @Inject
    Declarations declarations;

    @Inject
    ActingAs actingAs;

    public record Scene(
            long author,
            long second,
            long outsider,
            long filer,
            long organisation,
            Zone zone,
            Zone otherZone,
            int year) {}

    public Scene scene(String name) {
        long author = people.person(name + " author", Language.ENGLISH, Role.ZONE_ADMINISTRATOR);
        long second = people.person(name + " second", Language.ENGLISH, Role.ZONE_ADMINISTRATOR);
        long outsider = people.person(name + " outsider", Language.ENGLISH, Role.ZONE_ADMINISTRATOR);
        long filer = people.person(name + " filer", Language.CHINESE, Role.APPLICANT);
        for (long id : new long[] {author, second, outsider, filer}) {
            judging.activate(id);
        }
        String tag = TestData.unique("");
        Zone zone = zones.administeredZone(name + " Park " + tag, "报告园区" + tag, author, second);
        Zone other = zones.administeredZone(name + " Other Park " + tag, "其他园区" + tag, outsider);
        long organisation =
                competitions.startUp(name + " Works", TestTime.today().minusYears(8), "Batteries", filer);
        zones.placeIn(organisation, zone.getId());
        int year = TestTime.year() - 1;
        accept(filer, author, zone, organisation, year - 1, figures("10000", "5000", "100"));
        accept(filer, author, zone, organisation, year, figures("12000", "5200", "80"));
        return new Scene(author, second, outsider, filer, organisation, zone, other, year);
    }

    /** Files an enterprise-year (or its correction) and has the zone accept it. */
    public Declaration accept(long filer, long reviewer, Zone zone, long organisation, int year, DeclarationFigures f) {
        actingAs.user(filer);
        Declaration filed = declarations.file(zone.getId(), organisation, year, f);
        actingAs.user(reviewer);
        return declarations.accept(filed.getId());
    }

    public static DeclarationFigures figures(String valueAdded, String electricity, String coal) {
        return new DeclarationFigures(
                new BigDecimal(valueAdded),
                new BigDecimal("48000"),
                null,
                new BigDecimal(electricity),
                BigDecimal.ZERO,
                new BigDecimal(coal),
                new BigDecimal("350000"),
                null,
                null,
                new BigDecimal("800"),
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                true,
                true);
    }

    /** The audit trail's actions on a report version, oldest first. */
    @Transactional
    @SuppressWarnings("unchecked")
    public List<String> auditActions(long reportId) {
        return TestTime.nativeQuery(
                        em,
                        "select action from audit_event where entity_type = 'GreenReport' and entity_id = ?1 order by id")
                .setParameter(1, String.valueOf(reportId))
                .getResultList();
    }

    public String email(long userId) {
        return people.email(userId);
    }
}
