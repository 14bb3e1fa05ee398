package org.greenhub.evaluation.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import org.greenhub.evaluation.application.ProgressQueries;

/** Native SQL: grouped counts with filters in one statement each, which JPQL cannot write as plainly. */
@ApplicationScoped
public class JpaProgressQueries implements ProgressQueries {

    private static final String JUDGES_SQL = """
            select u.id, u.display_name, u.email, u.preferred_locale, count(*),
                   count(s.id) filter (where s.status = 'DRAFT'),
                   count(s.id) filter (where s.status = 'SUBMITTED')
            from assignment a
            join user_account u on u.id = a.judge_id
            left join score_sheet s on s.round_id = a.round_id and s.subject_id = a.subject_id and s.judge_id = a.judge_id
            where a.round_id = ?1
            group by u.id, u.display_name, u.email, u.preferred_locale
            order by u.display_name, u.email""";

    private static final String ENTRIES_SQL = """
            select es.id, es.reference, es.title, count(a.id),
                   count(s.id) filter (where s.status = 'SUBMITTED')
            from round_entry re
            join evaluation_subject es on es.id = re.subject_id
            left join assignment a on a.round_id = re.round_id and a.subject_id = re.subject_id
            left join score_sheet s on s.round_id = a.round_id and s.subject_id = a.subject_id and s.judge_id = a.judge_id
            where re.round_id = ?1
            group by es.id, es.reference, es.title
            order by es.reference""";

    private static final String PANELS_SQL = """
            select p.id, p.name,
                   (select count(*) from round_panel_judge pj where pj.panel_id = p.id),
                   count(a.id),
                   count(s.id) filter (where s.status = 'SUBMITTED')
            from round_panel p
            left join assignment a on a.panel_id = p.id
            left join score_sheet s on s.round_id = a.round_id and s.subject_id = a.subject_id and s.judge_id = a.judge_id
            where p.round_id = ?1
            group by p.id, p.name
            order by p.name, p.id""";

    private static final String SUBMITTED_SQL = """
            select s.id, es.reference, es.title, u.display_name, u.email, s.submitted_at
            from score_sheet s
            join evaluation_subject es on es.id = s.subject_id
            join user_account u on u.id = s.judge_id
            where s.round_id = ?1 and s.status = 'SUBMITTED'
            order by es.reference, u.display_name, u.email""";

    private static final String TITLES_SQL = """
            select es.reference, es.title from round_entry re join evaluation_subject es on es.id = re.subject_id
            where re.round_id = ?1""";

    private static final String JUDGES_PAGE_SQL = """
            select u.id, u.display_name, u.email, count(*),
                   count(s.id) filter (where s.status = 'DRAFT'),
                   count(s.id) filter (where s.status = 'SUBMITTED'),
                   (select count(*) from round_entry re
                    join evaluation_subject es on es.id = re.subject_id
                    where re.round_id = ?1
                      and exists (select 1 from conflict_declaration cd
                                  where cd.judge_id = u.id
                                    and (cd.subject_id = es.id or cd.organisation_id = es.organisation_id)))
            from assignment a
            join user_account u on u.id = a.judge_id
            left join score_sheet s on s.round_id = a.round_id and s.subject_id = a.subject_id and s.judge_id = a.judge_id
            where a.round_id = ?1
            group by u.id, u.display_name, u.email
            order by u.display_name, u.email, u.id
            offset ?2 limit ?3""";

    private static final String COUNT_JUDGES_SQL =
            "select count(distinct a.judge_id) from assignment a where a.round_id = ?1";

    // the page's entries first, then their counts: grouping only the page, not the whole round
    private static final String ENTRIES_PAGE_SQL = """
            select es.id, es.reference, es.title,
                   (select count(*) from assignment a where a.round_id = re.round_id and a.subject_id = es.id),
                   (select count(*) from score_sheet s
                    join assignment a on a.round_id = s.round_id and a.subject_id = s.subject_id and a.judge_id = s.judge_id
                    where s.round_id = re.round_id and s.subject_id = es.id and s.status = 'SUBMITTED')
            from round_entry re
            join evaluation_subject es on es.id = re.subject_id
            where re.round_id = ?1
            order by es.reference, es.id
            offset ?2 limit ?3""";

    private static final String COUNT_ENTRIES_SQL = "select count(*) from round_entry re where re.round_id = ?1";

    private static final String TOTALS_SQL = """
            select (select count(*) from round_entry re where re.round_id = ?1),
                   (select count(*) from round_panel p where p.round_id = ?1),
                   (select count(distinct a.judge_id) from assignment a where a.round_id = ?1),
                   (select count(*) from assignment a where a.round_id = ?1),
                   (select count(*) from score_sheet s where s.round_id = ?1 and s.status = 'DRAFT'),
                   (select count(*) from score_sheet s where s.round_id = ?1 and s.status = 'SUBMITTED')""";

    @PersistenceContext
    EntityManager em;

    @Override
    public List<Object[]> judges(long roundId) {
        return rows(JUDGES_SQL, roundId);
    }

    @Override
    public List<Object[]> entries(long roundId) {
        return rows(ENTRIES_SQL, roundId);
    }

    @Override
    public List<Object[]> panels(long roundId) {
        return rows(PANELS_SQL, roundId);
    }

    @Override
    public List<Object[]> submittedSheets(long roundId) {
        return rows(SUBMITTED_SQL, roundId);
    }

    @Override
    public List<Object[]> titles(long roundId) {
        return rows(TITLES_SQL, roundId);
    }

    @Override
    public List<Object[]> judgesPage(long roundId, int offset, int size) {
        return page(JUDGES_PAGE_SQL, roundId, offset, size);
    }

    @Override
    public long countJudges(long roundId) {
        return count(COUNT_JUDGES_SQL, roundId);
    }

    @Override
    public List<Object[]> entriesPage(long roundId, int offset, int size) {
        return page(ENTRIES_PAGE_SQL, roundId, offset, size);
    }

    @Override
    public long countEntries(long roundId) {
        return count(COUNT_ENTRIES_SQL, roundId);
    }

    @Override
    public Object[] totals(long roundId) {
        return (Object[])
                em.createNativeQuery(TOTALS_SQL).setParameter(1, roundId).getSingleResult();
    }

    @SuppressWarnings("unchecked")
    private List<Object[]> page(String sql, long roundId, int offset, int size) {
        return em.createNativeQuery(sql)
                .setParameter(1, roundId)
                .setParameter(2, offset)
                .setParameter(3, size)
                .getResultList();
    }

    private long count(String sql, long roundId) {
        return ((Number) em.createNativeQuery(sql).setParameter(1, roundId).getSingleResult()).longValue();
    }

    @SuppressWarnings("unchecked")
    private List<Object[]> rows(String sql, long roundId) {
        return em.createNativeQuery(sql).setParameter(1, roundId).getResultList();
    }
}
