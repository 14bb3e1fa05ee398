package org.greenhub.alliance.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import org.greenhub.alliance.domain.Alliance;
import org.greenhub.alliance.domain.AllianceDocument;
import org.greenhub.alliance.domain.AllianceRepository;
import org.greenhub.alliance.domain.CouncilMember;
import org.greenhub.alliance.domain.MemberCategory;

@ApplicationScoped
public class JpaAllianceRepository implements AllianceRepository {

    @PersistenceContext
    EntityManager em;

    @Override
    public Optional<Alliance> find(long id) {
        return Optional.ofNullable(em.find(Alliance.class, id));
    }

    @Override
    public void lock(Alliance alliance) {
        em.lock(alliance, LockModeType.PESSIMISTIC_WRITE);
        em.refresh(alliance);
    }

    @Override
    public void add(Alliance alliance) {
        em.persist(alliance);
    }

    @Override
    public boolean codeTaken(String code) {
        return em.createQuery("select count(a) from Alliance a where upper(a.code) = :code", Long.class)
                        .setParameter("code", code)
                        .getSingleResult()
                > 0;
    }

    @Override
    public List<Alliance> all() {
        return em.createQuery(
                        "select a from Alliance a left join fetch a.leadOrganisation order by a.name.en",
                        Alliance.class)
                .getResultList();
    }

    @Override
    public List<Alliance> coordinatedBy(long userId) {
        return em.createQuery(
                        "select a from Alliance a where :u member of a.coordinatorIds order by a.name.en",
                        Alliance.class)
                .setParameter("u", userId)
                .getResultList();
    }

    @Override
    public void addCategory(MemberCategory category) {
        em.persist(category);
    }

    @Override
    public Optional<MemberCategory> findCategory(long id) {
        return Optional.ofNullable(em.find(MemberCategory.class, id));
    }

    @Override
    public List<MemberCategory> categoriesOf(long allianceId) {
        return em.createQuery(
                        "select c from MemberCategory c where c.alliance.id = :a order by c.position, c.id",
                        MemberCategory.class)
                .setParameter("a", allianceId)
                .getResultList();
    }

    @Override
    public void addCouncilMember(CouncilMember member) {
        em.persist(member);
    }

    @Override
    public Optional<CouncilMember> findCouncilMember(long id) {
        return Optional.ofNullable(em.find(CouncilMember.class, id));
    }

    @Override
    public void removeCouncilMember(CouncilMember member) {
        em.remove(member);
    }

    @Override
    public void addDocument(AllianceDocument document) {
        em.persist(document);
    }

    @Override
    public Optional<AllianceDocument> findDocument(long id) {
        return Optional.ofNullable(em.find(AllianceDocument.class, id));
    }

    @Override
    public List<AllianceDocument> documentsOf(long allianceId) {
        return em.createQuery(
                        "select d from AllianceDocument d where d.alliance.id = :a and d.membership is null order by d.createdAt desc, d.id desc",
                        AllianceDocument.class)
                .setParameter("a", allianceId)
                .getResultList();
    }

    @Override
    public List<AllianceDocument> documentsOfMembership(long membershipId) {
        return em.createQuery(
                        "select d from AllianceDocument d where d.membership.id = :m order by d.createdAt desc, d.id desc",
                        AllianceDocument.class)
                .setParameter("m", membershipId)
                .getResultList();
    }
}
