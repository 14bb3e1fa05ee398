package org.greenhub.testsupport.server;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.Locale;
import org.greenhub.zone.domain.Zone;
import org.greenhub.zone.domain.ZoneLevel;

/** Zone records for tests, each with a code and names of its own (no signed-in administrator needed). */
@ApplicationScoped
public class ZoneFixtures {

    @PersistenceContext
    EntityManager em;

    /** A national zone named in English and Chinese (Thai and Vietnamese readers see the English name). */
    @Transactional
    public Zone zone(String english, String chinese) {
        String code = ("T" + TestData.unique("").replace("-", "")).toUpperCase(Locale.ROOT);
        Zone zone = new Zone(
                code,
                new Zone.Details(english, chinese, null, null, ZoneLevel.NATIONAL, null, null, null),
                TestTime.now());
        em.persist(zone);
        return zone;
    }

    /** A zone whose administrators are these accounts (each should hold the zone administrator role). */
    @Transactional
    public Zone administeredZone(String english, String chinese, Long... administrators) {
        Zone zone = zone(english, chinese);
        em.find(Zone.class, zone.getId()).setAdministrators(java.util.Set.of(administrators));
        return zone;
    }

    /** Places an organisation in a zone record, as its people would on its record page. */
    @Transactional
    public void placeIn(long organisationId, long zoneId) {
        em.find(org.greenhub.organisation.domain.Organisation.class, organisationId)
                .placeIn(zoneId);
    }

    @Transactional
    public String legalName(long organisationId) {
        return em.find(org.greenhub.organisation.domain.Organisation.class, organisationId)
                .getLegalName();
    }

    /** How many mails to this address with this text in the subject are in the outbox. */
    @Transactional
    public long mails(String recipient, String subjectPart) {
        return ((Number) TestTime.nativeQuery(
                                em, "select count(*) from mail_outbox where recipient = ?1 and subject like ?2")
                        .setParameter(1, recipient)
                        .setParameter(2, "%" + subjectPart + "%")
                        .getSingleResult())
                .longValue();
    }
}
