package org.greenhub.reserve.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.greenhub.platform.i18n.Language;
import org.greenhub.reserve.application.SearchNotices;

@ApplicationScoped
public class JpaSearchNotices implements SearchNotices {

    @PersistenceContext
    EntityManager em;

    @Override
    public List<Notice> claim(long projectId, Instant now) {
        List<?> candidates = em.createNativeQuery("select s.id, s.name, u.email, u.display_name, u.preferred_locale"
                        + " from reserve_saved_search s join user_account u on u.id = s.funder_user_id"
                        + " join reserve_project p on p.id = :project"
                        + " where p.status = 'LISTED'"
                        + " and (s.category is null or s.category = p.category)"
                        + " and (s.zone_code is null or upper(s.zone_code) = upper(p.zone_code))"
                        + " and (s.instrument is null or exists (select 1 from reserve_project_instrument i"
                        + " where i.project_id = p.id and i.instrument = s.instrument))"
                        + " and (s.min_amount_yuan is null or p.financing_sought_yuan >= s.min_amount_yuan)"
                        + " and (s.max_amount_yuan is null or p.financing_sought_yuan <= s.max_amount_yuan)"
                        // a funder whose role was revoked is not mailed
                        + " and exists (select 1 from user_role r where r.user_id = s.funder_user_id"
                        + " and r.role = 'FUNDER')"
                        + " and not exists (select 1 from reserve_search_notice n where n.search_id = s.id"
                        + " and n.project_id = p.id) order by s.id")
                .setParameter("project", projectId)
                .getResultList();
        List<Notice> claimed = new ArrayList<>();
        for (Object row : candidates) {
            Object[] r = (Object[]) row;
            long searchId = ((Number) r[0]).longValue();
            // another node may claim the same notice at once: the primary key lets one of them insert it
            int inserted = em.createNativeQuery("insert into reserve_search_notice (search_id, project_id, mailed_at)"
                            + " values (:search, :project, :now) on conflict do nothing")
                    .setParameter("search", searchId)
                    .setParameter("project", projectId)
                    .setParameter("now", now)
                    .executeUpdate();
            if (inserted == 1) {
                claimed.add(new Notice(
                        searchId,
                        (String) r[1],
                        (String) r[2],
                        (String) r[3],
                        Language.fromTag((String) r[4]).orElse(Language.ENGLISH)));
            }
        }
        return claimed;
    }
}
