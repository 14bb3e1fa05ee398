package org.greenhub.evaluation.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import org.greenhub.evaluation.application.JudgeDeclarationQueries;
import org.greenhub.organisation.domain.Organisation;
import org.greenhub.platform.text.SearchKey;

@ApplicationScoped
public class JpaJudgeDeclarationQueries implements JudgeDeclarationQueries {

    @PersistenceContext
    EntityManager em;

    @Override
    public List<Object[]> entriesOnPanelsOf(long judgeId) {
        return em.createQuery(
                        "select distinct s.id, r.name, s.reference, s.title, r.blind, r.id, s.organisation.id, "
                                + "(select count(a) from Assignment a where a.round = r and a.subject = s and a.judge.id = :judge "
                                + "and r.assignmentsPublished = true) "
                                + "from Panel p join p.judges j join p.round r, RoundEntry e join e.subject s "
                                + "where j.id = :judge and e.round = r order by r.id, s.reference",
                        Object[].class)
                .setParameter("judge", judgeId)
                .getResultList();
    }

    @Override
    public List<Organisation> organisationsNamed(List<String> words, int max) {
        StringBuilder where = new StringBuilder("select o from Organisation o where 1 = 1");
        for (int i = 0; i < words.size(); i++) {
            where.append(" and o.searchKey like :word").append(i).append(" escape '\\'");
        }
        var query = em.createQuery(where + " order by o.legalName", Organisation.class);
        for (int i = 0; i < words.size(); i++) {
            query.setParameter("word" + i, SearchKey.likeContains(words.get(i)));
        }
        return query.setMaxResults(max).getResultList();
    }
}
