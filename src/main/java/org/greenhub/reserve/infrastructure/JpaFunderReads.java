package org.greenhub.reserve.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.greenhub.organisation.domain.InstitutionType;
import org.greenhub.reserve.application.FunderReads;

@ApplicationScoped
public class JpaFunderReads implements FunderReads {

    /** Advisers and shareholders are not the institution's staff: they do not act for it as funders. */
    static final String ACTING_PERSON = "a.role not in ('ADVISOR', 'SHAREHOLDER') and a.valid_from <= :today"
            + " and (a.valid_to is null or a.valid_to >= :today)";

    @PersistenceContext
    EntityManager em;

    @Override
    public List<InstitutionRow> institutions(LocalDate today) {
        List<?> rows = em.createNativeQuery("select o.id, o.legal_name, o.institution_type, f.created_at,"
                        + " (select count(distinct a.user_id) from affiliation a where a.organisation_id = o.id and "
                        + ACTING_PERSON + ")"
                        + " from organisation o left join reserve_funder f on f.organisation_id = o.id"
                        + " where o.kind = 'FINANCIAL_INSTITUTION' order by o.legal_name, o.id")
                .setParameter("today", today)
                .getResultList();
        return rows.stream()
                .map(r -> (Object[]) r)
                .map(r -> new InstitutionRow(
                        ((Number) r[0]).longValue(),
                        (String) r[1],
                        r[2] == null ? null : InstitutionType.valueOf((String) r[2]),
                        r[3] == null ? null : instant(r[3]),
                        ((Number) r[4]).longValue()))
                .toList();
    }

    @Override
    public Optional<Long> verifiedInstitutionOf(long userId, LocalDate today) {
        List<?> ids = em.createNativeQuery("select min(a.organisation_id) from affiliation a"
                        + " join reserve_funder f on f.organisation_id = a.organisation_id"
                        + " where a.user_id = :user and " + ACTING_PERSON)
                .setParameter("user", userId)
                .setParameter("today", today)
                .getResultList();
        return ids.isEmpty() || ids.get(0) == null ? Optional.empty() : Optional.of(((Number) ids.get(0)).longValue());
    }

    private static java.time.Instant instant(Object value) {
        if (value instanceof java.time.Instant i) {
            return i;
        }
        if (value instanceof java.time.OffsetDateTime o) {
            return o.toInstant();
        }
        return ((Timestamp) value).toInstant();
    }
}
