package org.greenhub.alliance.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.greenhub.account.domain.UserAccount;
import org.greenhub.alliance.application.AllianceAccess;
import org.greenhub.alliance.application.MembershipQueries;
import org.greenhub.alliance.domain.ActivityBand;
import org.greenhub.alliance.domain.Alliance;
import org.greenhub.alliance.domain.MemberSeat;
import org.greenhub.alliance.domain.Membership;
import org.greenhub.alliance.domain.MembershipChange;
import org.greenhub.alliance.domain.MembershipStatus;
import org.greenhub.organisation.application.OrganisationService;
import org.greenhub.organisation.domain.Affiliation;
import org.greenhub.platform.error.DomainException;
import org.greenhub.platform.i18n.Language;
import org.greenhub.platform.text.SearchKey;

/** {@link MembershipQueries} with JPQL projections paged in the database (access is checked before each read). */
@ApplicationScoped
@Transactional
public class JpaMembershipQueries implements MembershipQueries {

    @PersistenceContext
    EntityManager em;

    @Inject
    AllianceAccess access;

    @Inject
    OrganisationService organisations;

    @Inject
    org.greenhub.organisation.application.RestrictedList restrictedList;

    // ---- one membership ----------------------------------------------------------------------------------------

    public MembershipView view(long membershipId, Language language) {
        Membership m = access.readableMembership(membershipId);
        UserAccount user = access.user();
        boolean coordinator = access.mayCoordinate(user, m.getAlliance());
        boolean maintainer = organisations.canEdit(m.getOrganisation().getId());
        List<ChangeRow> changes = em
                .createQuery(
                        "select c from MembershipChange c where c.membership = :m order by c.id",
                        MembershipChange.class)
                .setParameter("m", m)
                .getResultList()
                .stream()
                .map(c -> new ChangeRow(
                        c.getChangedAt(),
                        c.getActorEmail(),
                        c.getFromStatus(),
                        c.getToStatus(),
                        c.getReason(),
                        c.getCouncilDecidedOn(),
                        c.getVotesFor(),
                        c.getVotesAgainst(),
                        c.getVotesAbstaining()))
                .toList();
        List<PaymentRow> payments = em.createQuery(
                        "select new org.greenhub.alliance.application.MembershipQueries$PaymentRow("
                                + "p.id, p.amount, p.paidOn, p.reference) from DuesPayment p where p.membership = :m order by p.paidOn desc, p.id desc",
                        PaymentRow.class)
                .setParameter("m", m)
                .getResultList();
        LocalDate today = access.today();
        List<SeatRow> seats = em
                .createQuery(
                        "select s from MemberSeat s join fetch s.person where s.membership = :m order by s.period.since, s.id",
                        MemberSeat.class)
                .setParameter("m", m)
                .getResultList()
                .stream()
                .map(s -> new SeatRow(
                        s.getId(),
                        s.getPerson().getDisplayName(),
                        s.getPerson().getEmail(),
                        s.getRole(),
                        s.getSince(),
                        s.getUntil(),
                        s.isCurrent(today),
                        access.affiliated(s.getPerson(), m.getOrganisation().getId())))
                .toList();
        List<EvaluationRow> evaluations = em.createQuery(
                        "select new org.greenhub.alliance.application.MembershipQueries$EvaluationRow("
                                + "e.id, e.year, e.finalScore, e.band, e.adjustment, e.adjustmentReason, e.published) from MemberEvaluation e "
                                + "where e.membership = :m and (e.published = true or :coordinator = true) order by e.year desc",
                        EvaluationRow.class)
                .setParameter("m", m)
                .setParameter("coordinator", coordinator)
                .getResultList();
        Alliance a = m.getAlliance();
        // Screening: the secretariat is told when the organisation's sector is on the restricted-entry list.
        String restricted = coordinator
                ? restrictedList
                        .matchFor(m.getOrganisation())
                        .map(r -> r.name(language))
                        .orElse(null)
                : null;
        return new MembershipView(
                m.getId(),
                a.getId(),
                a.name(language),
                a.getCouncilSeats(),
                m.getOrganisation().getId(),
                m.getSortName(),
                m.getCategory().getId(),
                m.getCategory().getName(),
                m.getCategory().getAnnualDues(),
                m.getStatus(),
                m.getMembershipNumber(),
                m.getValidFrom(),
                m.getValidTo(),
                m.getAgreementSignedOn(),
                m.getCouncilDecidedOn(),
                m.getVotesFor(),
                m.getVotesAgainst(),
                m.getVotesAbstaining(),
                m.getRejectionReason(),
                m.getExitNoticeOn(),
                m.getExitEffectiveOn(),
                m.getDeemedLeftProposedAt() != null,
                m.getMotivation(),
                m.contacts(),
                m.getAppliedAt(),
                coordinator,
                maintainer,
                access.affiliated(user, m.getOrganisation().getId()),
                changes,
                payments,
                seats,
                evaluations,
                aLevel(evaluations),
                restricted);
    }

    /** Three consecutive "high" years (the latest three evaluated years in a row) earn A-level. */
    static boolean aLevel(List<EvaluationRow> newestFirst) {
        List<EvaluationRow> published =
                newestFirst.stream().filter(EvaluationRow::published).toList();
        if (published.size() < 3) {
            return false;
        }
        for (int i = 0; i < 3; i++) {
            EvaluationRow row = published.get(i);
            if (row.band() != ActivityBand.HIGH
                    || row.year() != published.get(0).year() - i) {
                return false;
            }
        }
        return true;
    }

    /** The caller's organisations' memberships, newest first (for "my memberships"). */
    public List<MyMembershipRow> mine(Language language) {
        List<Long> organisationIds = myOrganisationIds();
        if (organisationIds.isEmpty()) {
            return List.of();
        }
        return myMemberships(organisationIds).getResultList().stream()
                .map(m -> myRow(m, language))
                .toList();
    }

    @Override
    public MyMembershipsPage mine(Language language, int first, int size) {
        List<Long> organisationIds = myOrganisationIds();
        if (organisationIds.isEmpty()) {
            return new MyMembershipsPage(List.of(), 0);
        }
        long total = em.createQuery("select count(m) from Membership m where m.organisation.id in :o", Long.class)
                .setParameter("o", organisationIds)
                .getSingleResult();
        if (total == 0) {
            return new MyMembershipsPage(List.of(), 0);
        }
        return new MyMembershipsPage(
                myMemberships(organisationIds).setFirstResult(first).setMaxResults(size).getResultList().stream()
                        .map(m -> myRow(m, language))
                        .toList(),
                total);
    }

    private List<Long> myOrganisationIds() {
        return access.currentAffiliations().stream()
                .map(a -> a.getOrganisation().getId())
                .distinct()
                .toList();
    }

    /** Newest first; the id breaks ties of one instant, so that pages neither repeat nor skip a membership. */
    private TypedQuery<Membership> myMemberships(List<Long> organisationIds) {
        return em.createQuery(
                        "select m from Membership m join fetch m.alliance join fetch m.category where m.organisation.id in :o "
                                + "order by m.appliedAt desc, m.id desc",
                        Membership.class)
                .setParameter("o", organisationIds);
    }

    private static MyMembershipRow myRow(Membership m, Language language) {
        return new MyMembershipRow(
                m.getId(),
                m.getAlliance().getId(),
                m.getAlliance().name(language),
                m.getSortName(),
                m.getCategory().getName(),
                m.getStatus(),
                m.getMembershipNumber(),
                m.getValidTo());
    }

    /** Organisations the caller may apply for (those they maintain). */
    public List<OrganisationChoice> organisationsICanActFor() {
        return access.currentAffiliations().stream()
                .filter(a -> a.getRole().maintainsRecord())
                .map(Affiliation::getOrganisation)
                .distinct()
                .map(o -> new OrganisationChoice(o.getId(), o.getLegalName()))
                .toList();
    }

    // ---- the coordinator's lists --------------------------------------------------------------------------------

    public List<MemberRow> members(MemberQuery query, int first, int size) {
        access.coordinated(query.allianceId());
        String order = switch (query.sortField() == null ? "" : query.sortField()) {
            case "validTo" -> "m.validTo";
            case "status" -> "m.status";
            case "number" -> "m.membershipNumber";
            case "appliedAt" -> "m.appliedAt";
            default -> "m.sortName";
        };
        TypedQuery<MemberRow> q = em.createQuery(
                "select new org.greenhub.alliance.application.MembershipQueries$MemberRow("
                        + "m.id, m.sortName, c.name.en, c.name.zh, c.name.th, c.name.vi, m.status, m.membershipNumber, m.validTo, m.appliedAt, "
                        + "case when m.deemedLeftProposedAt is null then false else true end) "
                        + "from Membership m join m.category c" + where(query) + " order by " + order
                        + (query.ascending() ? " asc" : " desc") + ", m.id",
                MemberRow.class);
        bind(q, query);
        return q.setFirstResult(first).setMaxResults(Math.min(size, 200)).getResultList();
    }

    public long countMembers(MemberQuery query) {
        access.coordinated(query.allianceId());
        TypedQuery<Long> q = em.createQuery("select count(m) from Membership m" + where(query), Long.class);
        bind(q, query);
        return q.getSingleResult();
    }

    @Override
    public List<Long> memberIds(MemberQuery query, int max) {
        access.coordinated(query.allianceId());
        TypedQuery<Long> q = em.createQuery(
                "select m.id from Membership m" + where(query) + " order by m.sortName, m.id", Long.class);
        bind(q, query);
        return q.setMaxResults(max).getResultList();
    }

    private static String where(MemberQuery query) {
        StringBuilder where = new StringBuilder(" where m.alliance.id = :alliance");
        if (query.statuses() != null && !query.statuses().isEmpty()) {
            where.append(" and m.status in :statuses");
        }
        if (query.proposedDeemedLeft()) {
            where.append(" and m.deemedLeftProposedAt is not null");
        }
        if (query.expiringBefore() != null) {
            where.append(" and m.validTo <= :expiring and m.status = :active");
        }
        List<String> words = SearchKey.words(query.text());
        for (int i = 0; i < words.size(); i++) {
            where.append(" and m.searchKey like :w").append(i).append(" escape '\\'");
        }
        return where.toString();
    }

    private static void bind(TypedQuery<?> q, MemberQuery query) {
        q.setParameter("alliance", query.allianceId());
        if (query.statuses() != null && !query.statuses().isEmpty()) {
            q.setParameter("statuses", query.statuses());
        }
        if (query.expiringBefore() != null) {
            q.setParameter("expiring", query.expiringBefore()).setParameter("active", MembershipStatus.ACTIVE);
        }
        List<String> words = SearchKey.words(query.text());
        for (int i = 0; i < words.size(); i++) {
            q.setParameter("w" + i, SearchKey.likeContains(words.get(i)));
        }
    }

    /** The dues ledger of an alliance, newest first. */
    public List<LedgerRow> ledger(long allianceId, int first, int size) {
        access.coordinated(allianceId);
        return em.createQuery(
                        "select new org.greenhub.alliance.application.MembershipQueries$LedgerRow("
                                + "p.id, p.paidOn, m.sortName, m.membershipNumber, p.amount, p.reference) "
                                + "from DuesPayment p join p.membership m where p.allianceId = :a order by p.paidOn desc, p.id desc",
                        LedgerRow.class)
                .setParameter("a", allianceId)
                .setFirstResult(first)
                .setMaxResults(Math.min(size, 200))
                .getResultList();
    }

    public long countLedger(long allianceId) {
        access.coordinated(allianceId);
        return em.createQuery("select count(p) from DuesPayment p where p.allianceId = :a", Long.class)
                .setParameter("a", allianceId)
                .getSingleResult();
    }

    /** The workspace figures of one alliance: applications by stage, expiring memberships, dues outstanding, proposals. */
    public Workspace workspace(long allianceId) {
        Alliance alliance = access.coordinated(allianceId);
        Map<MembershipStatus, Long> byStatus = new EnumMap<>(MembershipStatus.class);
        LocalDate today = access.today();
        LocalDate horizon = today.plusDays(alliance.getReminderDays());
        long expiring = 0;
        long proposed = 0;
        for (Object[] row : em.createQuery(
                        "select m.status, count(m), "
                                + "sum(case when m.status = :active and m.validTo <= :horizon then 1 else 0 end), "
                                + "sum(case when m.deemedLeftProposedAt is not null then 1 else 0 end) "
                                + "from Membership m where m.alliance.id = :a group by m.status",
                        Object[].class)
                .setParameter("a", allianceId)
                .setParameter("active", MembershipStatus.ACTIVE)
                .setParameter("horizon", horizon)
                .getResultList()) {
            byStatus.put((MembershipStatus) row[0], (Long) row[1]);
            expiring += ((Number) row[2]).longValue();
            proposed += ((Number) row[3]).longValue();
        }
        long outstanding = byStatus.getOrDefault(MembershipStatus.APPROVED, 0L)
                + byStatus.getOrDefault(MembershipStatus.GRACE, 0L)
                + byStatus.getOrDefault(MembershipStatus.LAPSED, 0L);
        return new Workspace(allianceId, byStatus, expiring, outstanding, proposed, horizon);
    }

    // ---- the public directory -----------------------------------------------------------------------------------

    /** Public (no sign-in): listed members of an alliance, with only the contact details each member chose to show. */
    public List<DirectoryRow> directory(DirectoryQuery query, int first, int size) {
        requireAlliance(query.allianceId());
        TypedQuery<DirectoryRow> q = em.createQuery(
                "select new org.greenhub.alliance.application.MembershipQueries$DirectoryRow("
                        + "m.id, m.sortName, o.registeredName, o.kind, c.name.en, c.name.zh, c.name.th, c.name.vi, m.validFrom, "
                        + "case when m.showEmail = true then m.contactEmail else null end, "
                        + "case when m.showPhone = true then m.contactPhone else null end, "
                        + "case when m.showWebsite = true then o.website else null end) "
                        + "from Membership m join m.organisation o join m.category c" + directoryWhere(query)
                        + " order by m.sortName " + (query.ascending() ? "asc" : "desc") + ", m.id",
                DirectoryRow.class);
        bindDirectory(q, query);
        return q.setFirstResult(first).setMaxResults(Math.min(size, 100)).getResultList();
    }

    public long countDirectory(DirectoryQuery query) {
        requireAlliance(query.allianceId());
        TypedQuery<Long> q = em.createQuery(
                "select count(m) from Membership m join m.organisation o" + directoryWhere(query), Long.class);
        bindDirectory(q, query);
        return q.getSingleResult();
    }

    private void requireAlliance(long allianceId) {
        if (em.find(Alliance.class, allianceId) == null) {
            throw DomainException.notFound();
        }
    }

    private static String directoryWhere(DirectoryQuery query) {
        StringBuilder where = new StringBuilder(" where m.alliance.id = :alliance and m.status in :listed");
        if (query.categoryId() != null) {
            where.append(" and m.category.id = :category");
        }
        if (query.kind() != null) {
            where.append(" and o.kind = :kind");
        }
        List<String> words = SearchKey.words(query.text());
        for (int i = 0; i < words.size(); i++) {
            where.append(" and m.searchKey like :w").append(i).append(" escape '\\'");
        }
        return where.toString();
    }

    private static void bindDirectory(TypedQuery<?> q, DirectoryQuery query) {
        q.setParameter("alliance", query.allianceId()).setParameter("listed", MembershipStatus.LISTED);
        if (query.categoryId() != null) {
            q.setParameter("category", query.categoryId());
        }
        if (query.kind() != null) {
            q.setParameter("kind", query.kind());
        }
        List<String> words = SearchKey.words(query.text());
        for (int i = 0; i < words.size(); i++) {
            q.setParameter("w" + i, SearchKey.likeContains(words.get(i)));
        }
    }
}
