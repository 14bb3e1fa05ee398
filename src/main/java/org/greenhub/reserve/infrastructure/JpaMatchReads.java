package org.greenhub.reserve.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.greenhub.platform.i18n.Language;
import org.greenhub.reserve.application.MatchReads;
import org.greenhub.reserve.domain.MatchSide;
import org.greenhub.reserve.domain.MatchStatus;

@ApplicationScoped
public class JpaMatchReads implements MatchReads {

    private static final String LINES = "select m.id, m.project_id, p.title, f.legal_name, m.status, m.created_at,"
            + " (select max(x.created_at) from reserve_match_message x where x.match_id = m.id)"
            + " from reserve_match m join reserve_project p on p.id = m.project_id"
            + " join organisation f on f.id = m.funder_organisation_id";

    @PersistenceContext
    EntityManager em;

    @Override
    public Optional<Head> head(long matchId) {
        List<?> rows = em.createNativeQuery("select m.id, m.project_id, p.title, p.organisation_id, o.legal_name,"
                        + " m.funder_organisation_id, f.legal_name, m.funder_user_id, m.status, m.created_at,"
                        + " m.answered_at from reserve_match m join reserve_project p on p.id = m.project_id"
                        + " join organisation o on o.id = p.organisation_id"
                        + " join organisation f on f.id = m.funder_organisation_id where m.id = :id")
                .setParameter("id", matchId)
                .getResultList();
        return rows.stream()
                .map(r -> (Object[]) r)
                .map(r -> new Head(
                        number(r[0]),
                        number(r[1]),
                        (String) r[2],
                        number(r[3]),
                        (String) r[4],
                        number(r[5]),
                        (String) r[6],
                        number(r[7]),
                        MatchStatus.valueOf((String) r[8]),
                        instant(r[9]),
                        instant(r[10])))
                .findFirst();
    }

    @Override
    public List<Message> messages(long matchId) {
        List<?> rows = em.createNativeQuery("select x.side, u.display_name, x.body, x.created_at"
                        + " from reserve_match_message x join user_account u on u.id = x.author_id"
                        + " where x.match_id = :id order by x.id")
                .setParameter("id", matchId)
                .getResultList();
        return rows.stream()
                .map(r -> (Object[]) r)
                .map(r -> new Message(MatchSide.valueOf((String) r[0]), (String) r[1], (String) r[2], instant(r[3])))
                .toList();
    }

    @Override
    public List<Line> ofFunder(long funderOrganisationId) {
        return lines(em.createNativeQuery(LINES + " where m.funder_organisation_id = :o order by m.id desc")
                .setParameter("o", funderOrganisationId)
                .getResultList());
    }

    @Override
    public List<Line> ofProject(long projectId) {
        return lines(em.createNativeQuery(LINES + " where m.project_id = :p order by m.id desc")
                .setParameter("p", projectId)
                .getResultList());
    }

    @Override
    public List<Recipient> actingPeople(long organisationId, LocalDate today) {
        List<?> rows = em.createNativeQuery("select distinct u.id, u.email, u.display_name, u.preferred_locale"
                        + " from affiliation a join user_account u on u.id = a.user_id"
                        + " where a.organisation_id = :o and " + JpaFunderReads.ACTING_PERSON + " order by u.id")
                .setParameter("o", organisationId)
                .setParameter("today", today)
                .getResultList();
        return rows.stream().map(r -> recipient((Object[]) r)).toList();
    }

    @Override
    public Optional<Recipient> person(long userId) {
        List<?> rows = em.createNativeQuery(
                        "select u.id, u.email, u.display_name, u.preferred_locale from user_account u where u.id = :id")
                .setParameter("id", userId)
                .getResultList();
        return rows.stream().map(r -> recipient((Object[]) r)).findFirst();
    }

    @Override
    public Optional<Long> projectOrganisation(long projectId) {
        List<?> rows = em.createNativeQuery("select p.organisation_id from reserve_project p where p.id = :id")
                .setParameter("id", projectId)
                .getResultList();
        return rows.stream().map(JpaMatchReads::number).findFirst();
    }

    private static List<Line> lines(List<?> rows) {
        return rows.stream()
                .map(r -> (Object[]) r)
                .map(r -> new Line(
                        number(r[0]),
                        number(r[1]),
                        (String) r[2],
                        (String) r[3],
                        MatchStatus.valueOf((String) r[4]),
                        instant(r[5]),
                        instant(r[6])))
                .toList();
    }

    private static Recipient recipient(Object[] r) {
        return new Recipient(number(r[0]), (String) r[1], (String) r[2], language((String) r[3]));
    }

    private static Language language(String stored) {
        return Language.fromTag(stored).orElse(Language.ENGLISH);
    }

    private static long number(Object value) {
        return ((Number) value).longValue();
    }

    static Instant instant(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof Instant i) {
            return i;
        }
        if (value instanceof OffsetDateTime o) {
            return o.toInstant();
        }
        return ((Timestamp) value).toInstant();
    }
}
