package org.greenhub.incubation.residency.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.List;
import org.greenhub.incubation.residency.application.StatisticsQuery;

@ApplicationScoped
public class JpaStatisticsQuery implements StatisticsQuery {

    private static final String INCUBATEES_SQL = """
            select o.legal_name, o.registration_code, r.start_date, r.status, r.graduated_on, r.exited_on,
                   coalesce(sum(p.revenue), 0), coalesce(sum(p.rnd_spend), 0), coalesce(max(p.rnd_staff), 0),
                   coalesce(max(p.employees), 0), coalesce(sum(p.investment_raised), 0), coalesce(sum(p.patents_filed), 0),
                   coalesce(sum(p.patents_granted), 0), coalesce(sum(p.energy_use_mwh), 0), coalesce(sum(p.emissions_avoided_tco2e), 0),
                   count(p.id)
            from residency r join organisation o on o.id = r.organisation_id
            left join residency_report p on p.residency_id = r.id and p.kind = 'PERIODIC' and p.status = 'SUBMITTED'
                                         and p.period_start >= ?2 and p.period_start <= ?3
            where r.incubator_id = ?1 and r.start_date <= ?3
              and coalesce(r.graduated_on, r.exited_on, ?2) >= ?2
            group by r.id, o.legal_name, o.registration_code, r.start_date, r.status, r.graduated_on, r.exited_on
            order by o.legal_name, r.id""";

    private static final String GRADUATES_SQL = """
            select count(*) filter (where graduated_on between ?2 and ?3), count(*) filter (where graduated_on <= ?3),
                   count(*) filter (where start_date between ?2 and ?3)
            from residency where incubator_id = ?1""";

    @PersistenceContext
    EntityManager em;

    @Override
    @SuppressWarnings("unchecked")
    public List<Object[]> incubatees(long incubatorId, LocalDate from, LocalDate to) {
        return em.createNativeQuery(INCUBATEES_SQL)
                .setParameter(1, incubatorId)
                .setParameter(2, from)
                .setParameter(3, to)
                .getResultList();
    }

    @Override
    public Object[] graduates(long incubatorId, LocalDate from, LocalDate to) {
        return (Object[]) em.createNativeQuery(GRADUATES_SQL)
                .setParameter(1, incubatorId)
                .setParameter(2, from)
                .setParameter(3, to)
                .getSingleResult();
    }
}
