package org.greenhub.zone.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.greenhub.platform.i18n.Language;
import org.greenhub.zone.application.MissingDeclarations;
import org.greenhub.zone.domain.DeclaringDeadline;
import org.greenhub.zone.domain.DeclaringDeadlineRepository;

@ApplicationScoped
public class JpaDeclaringDeadlines implements DeclaringDeadlineRepository, MissingDeclarations {

    /** The zone's organisations without a version in review or accepted for the year (returned counts as missing). */
    private static final String MISSING = """
            from organisation o
            where o.zone_id = :zone
              and not exists (select 1 from zone_declaration d where d.organisation_id = o.id and d.zone_id = :zone
                              and d.year = :year and d.status in ('SUBMITTED', 'ACCEPTED'))""";

    private static final String PEOPLE = """
            select distinct u.email, u.display_name, u.preferred_locale from affiliation a
            join user_account u on u.id = a.user_id
            where a.organisation_id = ?1 and a.valid_from <= ?2 and (a.valid_to is null or a.valid_to >= ?2)
              and a.role in ('FOUNDER', 'LEGAL_REPRESENTATIVE', 'MANAGER', 'CONTACT') and u.status = 'ACTIVE'
            order by u.email""";

    @PersistenceContext
    EntityManager em;

    @Override
    public Optional<DeclaringDeadline> find(long zoneId, int year) {
        return em.createQuery(
                        "select d from DeclaringDeadline d where d.zoneId = :zone and d.year = :year",
                        DeclaringDeadline.class)
                .setParameter("zone", zoneId)
                .setParameter("year", year)
                .getResultStream()
                .findFirst();
    }

    @Override
    public List<DeclaringDeadline> ofZone(long zoneId) {
        return em.createQuery(
                        "select d from DeclaringDeadline d where d.zoneId = :zone order by d.year desc",
                        DeclaringDeadline.class)
                .setParameter("zone", zoneId)
                .getResultList();
    }

    @Override
    public List<DeclaringDeadline> dueFrom(LocalDate from, Long zoneId) {
        return em.createQuery(
                        "select d from DeclaringDeadline d where d.dueOn >= :from "
                                + "and (:zone is null or d.zoneId = :zone) order by d.id",
                        DeclaringDeadline.class)
                .setParameter("from", from)
                .setParameter("zone", zoneId)
                .getResultList();
    }

    @Override
    public void add(DeclaringDeadline deadline) {
        em.persist(deadline);
        // a second deadline for the same zone and year (two tabs) fails on the unique index inside the use case
        em.flush();
    }

    @Override
    public void flush() {
        em.flush();
    }

    @Override
    @SuppressWarnings("unchecked")
    public List<Line> page(long zoneId, int year, int first, int size) {
        List<Object[]> rows = em.createNativeQuery("select o.id, o.legal_name, o.registration_code, "
                        + "exists (select 1 from zone_declaration d where d.organisation_id = o.id and d.zone_id = :zone "
                        + "and d.year = :year and d.status = 'RETURNED'), "
                        + "(select max(r.sent_at) from zone_declaring_reminder r where r.organisation_id = o.id "
                        + "and r.zone_id = :zone and r.year = :year) "
                        + MISSING
                        + " order by o.legal_name, o.id")
                .setParameter("zone", zoneId)
                .setParameter("year", year)
                .setFirstResult(first)
                .setMaxResults(size)
                .getResultList();
        return rows.stream()
                .map(r -> new Line(
                        ((Number) r[0]).longValue(),
                        (String) r[1],
                        (String) r[2],
                        Boolean.TRUE.equals(r[3]),
                        instant(r[4])))
                .toList();
    }

    @Override
    public long count(long zoneId, int year) {
        return ((Number) em.createNativeQuery("select count(*) " + MISSING)
                        .setParameter("zone", zoneId)
                        .setParameter("year", year)
                        .getSingleResult())
                .longValue();
    }

    @Override
    @SuppressWarnings("unchecked")
    public List<Long> missingAmong(long zoneId, int year, Collection<Long> organisationIds) {
        if (organisationIds.isEmpty()) {
            return List.of();
        }
        return ((List<Number>) em.createNativeQuery("select o.id " + MISSING + " and o.id in (:ids) order by o.id")
                        .setParameter("zone", zoneId)
                        .setParameter("year", year)
                        .setParameter("ids", organisationIds)
                        .getResultList())
                .stream().map(Number::longValue).toList();
    }

    @Override
    @SuppressWarnings("unchecked")
    public List<Long> unreminded(long zoneId, int year, int daysBefore, int limit) {
        return ((List<Number>) em.createNativeQuery("select o.id " + MISSING
                                + " and not exists (select 1 from zone_declaring_reminder r where r.zone_id = :zone "
                                + "and r.organisation_id = o.id and r.year = :year and r.days_before = :days) "
                                + "order by o.id")
                        .setParameter("zone", zoneId)
                        .setParameter("year", year)
                        .setParameter("days", daysBefore)
                        .setMaxResults(limit)
                        .getResultList())
                .stream().map(Number::longValue).toList();
    }

    @Override
    public boolean markReminded(long zoneId, long organisationId, int year, Integer daysBefore, Instant now) {
        // the partial unique index answers "already sent" for a scheduled reminder, whichever node sent it
        // "remind now" has no reminder day: the SQL writes the null, so no untyped null is bound
        int inserted = em.createNativeQuery("insert into zone_declaring_reminder "
                        + "(zone_id, organisation_id, year, days_before, sent_at) values (?1, ?2, ?3, "
                        + "case when ?4 < 0 then null else ?4 end, ?5) "
                        + "on conflict (zone_id, organisation_id, year, days_before) where days_before is not null "
                        + "do nothing")
                .setParameter(1, zoneId)
                .setParameter(2, organisationId)
                .setParameter(3, year)
                .setParameter(4, daysBefore == null ? -1 : daysBefore)
                .setParameter(5, Timestamp.from(now))
                .executeUpdate();
        return inserted == 1;
    }

    @Override
    @SuppressWarnings("unchecked")
    public List<Recipient> people(long organisationId, LocalDate today) {
        List<Object[]> rows = em.createNativeQuery(PEOPLE)
                .setParameter(1, organisationId)
                .setParameter(2, today)
                .getResultList();
        return rows.stream()
                .map(r -> new Recipient(
                        (String) r[0],
                        (String) r[1],
                        Language.fromTag((String) r[2]).orElse(Language.ENGLISH).locale()))
                .toList();
    }

    private static Instant instant(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof Instant i) {
            return i;
        }
        if (value instanceof Timestamp t) {
            return t.toInstant();
        }
        if (value instanceof java.time.OffsetDateTime o) {
            return o.toInstant();
        }
        throw new IllegalStateException("unexpected time " + value.getClass());
    }
}
