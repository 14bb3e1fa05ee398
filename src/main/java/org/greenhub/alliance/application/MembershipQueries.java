package org.greenhub.alliance.application;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.greenhub.alliance.domain.ActivityBand;
import org.greenhub.alliance.domain.Membership;
import org.greenhub.alliance.domain.MembershipStatus;
import org.greenhub.alliance.domain.SeatRole;
import org.greenhub.organisation.domain.OrganisationKind;
import org.greenhub.platform.i18n.Language;
import org.greenhub.platform.i18n.LocalisedName;

/**
 * What pages read about memberships: one membership in full (for its coordinators and its own people), pages of
 * members for coordinators, the dues ledger, and the public directory. Lists are projections paged in the
 * database, so their cost does not grow with the size of the alliance.
 */
public interface MembershipQueries {

    MembershipView view(long membershipId, Language language);

    /** The caller's organisations' memberships, newest first (for "my memberships"). */
    List<MyMembershipRow> mine(Language language);

    /** One page of {@link #mine(Language)}, and how many there are in all. */
    record MyMembershipsPage(List<MyMembershipRow> rows, long total) {}

    /** {@link #mine(Language)} a page at a time, counted and cut by the database (the API's list). */
    MyMembershipsPage mine(Language language, int first, int size);

    /** Organisations the caller may apply for (those they maintain). */
    List<OrganisationChoice> organisationsICanActFor();

    List<MemberRow> members(MemberQuery query, int first, int size);

    long countMembers(MemberQuery query);

    /**
     * The ids of every member matching the query, in the list's order, at most {@code max} ("select all matching":
     * the coordinator acts on what the filter shows, not only on the page in view).
     */
    List<Long> memberIds(MemberQuery query, int max);

    /** The dues ledger of an alliance, newest first. */
    List<LedgerRow> ledger(long allianceId, int first, int size);

    long countLedger(long allianceId);

    /** The workspace figures of one alliance: applications by stage, expiring memberships, dues outstanding, proposals. */
    Workspace workspace(long allianceId);

    /** Public (no sign-in): listed members of an alliance, with only the contact details each member chose to show. */
    List<DirectoryRow> directory(DirectoryQuery query, int first, int size);

    long countDirectory(DirectoryQuery query);

    // ---- rows --------------------------------------------------------------------------------------------------

    public record MemberQuery(
            long allianceId,
            Collection<MembershipStatus> statuses,
            String text,
            boolean proposedDeemedLeft,
            LocalDate expiringBefore,
            String sortField,
            boolean ascending)
            implements Serializable {}

    public record DirectoryQuery(
            long allianceId, String text, Long categoryId, OrganisationKind kind, boolean ascending)
            implements Serializable {}

    public record MemberRow(
            long id,
            String name,
            LocalisedName category,
            MembershipStatus status,
            String number,
            LocalDate validTo,
            Instant appliedAt,
            boolean deemedLeftProposed)
            implements Serializable {
        /** The projection's shape: the category's name in its four columns. */
        public MemberRow(
                long id,
                String name,
                String categoryEn,
                String categoryZh,
                String categoryTh,
                String categoryVi,
                MembershipStatus status,
                String number,
                LocalDate validTo,
                Instant appliedAt,
                boolean deemedLeftProposed) {
            this(
                    id,
                    name,
                    LocalisedName.stored(categoryEn, categoryZh, categoryTh, categoryVi),
                    status,
                    number,
                    validTo,
                    appliedAt,
                    deemedLeftProposed);
        }
    }

    public record LedgerRow(
            long id, LocalDate paidOn, String member, String number, BigDecimal amount, String reference)
            implements Serializable {}

    public record DirectoryRow(
            long id,
            String name,
            String registeredName,
            OrganisationKind kind,
            LocalisedName category,
            LocalDate memberSince,
            String email,
            String phone,
            String website)
            implements Serializable {
        /** The projection's shape: the category's name in its four columns. */
        public DirectoryRow(
                long id,
                String name,
                String registeredName,
                OrganisationKind kind,
                String categoryEn,
                String categoryZh,
                String categoryTh,
                String categoryVi,
                LocalDate memberSince,
                String email,
                String phone,
                String website) {
            this(
                    id,
                    name,
                    registeredName,
                    kind,
                    LocalisedName.stored(categoryEn, categoryZh, categoryTh, categoryVi),
                    memberSince,
                    email,
                    phone,
                    website);
        }
    }

    public record MyMembershipRow(
            long id,
            long allianceId,
            String alliance,
            String organisation,
            LocalisedName category,
            MembershipStatus status,
            String number,
            LocalDate validTo)
            implements Serializable {}

    public record OrganisationChoice(long id, String name) implements Serializable {}

    public record ChangeRow(
            Instant at,
            String actor,
            MembershipStatus from,
            MembershipStatus to,
            String reason,
            LocalDate councilDecidedOn,
            Integer votesFor,
            Integer votesAgainst,
            Integer abstaining)
            implements Serializable {}

    public record PaymentRow(long id, BigDecimal amount, LocalDate paidOn, String reference) implements Serializable {}

    public record SeatRow(
            long id,
            String name,
            String email,
            SeatRole role,
            LocalDate since,
            LocalDate until,
            boolean current,
            boolean stillInOrganisation)
            implements Serializable {}

    public record EvaluationRow(
            long id,
            int year,
            BigDecimal finalScore,
            ActivityBand band,
            BigDecimal adjustment,
            String adjustmentReason,
            boolean published)
            implements Serializable {}

    public record Workspace(
            long allianceId,
            Map<MembershipStatus, Long> byStatus,
            long expiring,
            long duesOutstanding,
            long proposedDeemedLeft,
            LocalDate expiringBefore)
            implements Serializable {
        public long count(String status) {
            return byStatus.getOrDefault(MembershipStatus.valueOf(status), 0L);
        }

        public long applications() {
            return MembershipStatus.APPLICATION_STAGES.stream()
                    .mapToLong(s -> byStatus.getOrDefault(s, 0L))
                    .sum();
        }
    }

    public record MembershipView(
            long id,
            long allianceId,
            String allianceName,
            int councilSeats,
            long organisationId,
            String organisationName,
            long categoryId,
            LocalisedName categoryName,
            BigDecimal annualDues,
            MembershipStatus status,
            String number,
            LocalDate validFrom,
            LocalDate validTo,
            LocalDate agreementSignedOn,
            LocalDate councilDecidedOn,
            Integer votesFor,
            Integer votesAgainst,
            Integer votesAbstaining,
            String rejectionReason,
            LocalDate exitNoticeOn,
            LocalDate exitEffectiveOn,
            boolean deemedLeftProposed,
            String motivation,
            Membership.Contacts contacts,
            Instant appliedAt,
            boolean coordinator,
            boolean maintainer,
            boolean affiliated,
            List<ChangeRow> changes,
            List<PaymentRow> payments,
            List<SeatRow> seats,
            List<EvaluationRow> evaluations,
            boolean aLevel,
            String restrictedActivity)
            implements Serializable {
        public boolean is(String state) {
            return status.name().equals(state);
        }
    }
}
