package org.greenhub.testsupport.server;

import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.time.temporal.ChronoUnit;
import org.greenhub.alliance.domain.Alliance;
import org.greenhub.alliance.domain.AllianceEvent;
import org.greenhub.alliance.domain.EventKind;
import org.greenhub.organisation.domain.OrganisationKind;

/**
 * Test deployments only: an alliance with its coordinator, an organisation with its founder (not yet a member) and a
 * coming event, for browser tests; answers ids and accounts as JSON. Every account signs in with
 * {@link AllianceFixtures#PASSWORD}.
 */
@WebServlet("/test-support/alliance-scenario")
public class AllianceScenarioServlet extends HttpServlet {

    @Inject
    AllianceFixtures fixtures;

    @Inject
    Events events;

    @Inject
    ActingAs actingAs;

    @Inject
    org.greenhub.alliance.application.MembershipService memberships;

    @Inject
    org.greenhub.alliance.application.AllianceDocuments documents;

    /** A PDF the file store accepts. */
    public static final byte[] PDF =
            "%PDF-1.4\nalliance test document\n%%EOF".getBytes(java.nio.charset.StandardCharsets.US_ASCII);

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        AllianceFixtures.AllianceSetup alliance = fixtures.alliance("Green Energy Alliance");
        AllianceFixtures.Member member = fixtures.member("Suzhou Heat Pump 苏州热泵", OrganisationKind.ENTERPRISE);
        long event = events.create(alliance.allianceId());
        var json = Json.createObjectBuilder();
        if (Boolean.parseBoolean(request.getParameter("member"))) {
            // ?member=true: the organisation is an active member with a signed agreement; the alliance has a charter.
            actingAs.user(member.founderId());
            long membership = memberships
                    .apply(
                            alliance.allianceId(),
                            member.organisationId(),
                            alliance.categoryIds().get(3),
                            new org.greenhub.alliance.domain.Membership.Application(
                                    null, org.greenhub.alliance.domain.Membership.Contacts.none()))
                    .getId();
            actingAs.user(alliance.coordinatorId());
            memberships.forwardToCouncil(membership, null);
            memberships.recordCouncilDecision(
                    membership, new org.greenhub.alliance.domain.CouncilDecision(TestTime.today(), 6, 0, 0), null);
            long agreement = documents
                    .uploadSignedAgreement(membership, TestTime.today(), "协议 signed.pdf", PDF)
                    .getId();
            long charter = documents
                    .uploadAllianceDocument(
                            alliance.allianceId(),
                            org.greenhub.alliance.domain.AllianceDocument.Purpose.CHARTER,
                            "charter.pdf",
                            PDF)
                    .getId();
            memberships.recordDues(
                    membership,
                    new org.greenhub.alliance.domain.DuesPayment.Dues(
                            java.math.BigDecimal.valueOf(10000), TestTime.today(), "BANK-1"));
            AllianceFixtures.Member outsider = fixtures.member("Outsider", OrganisationKind.ENTERPRISE);
            AllianceFixtures.AllianceSetup other = fixtures.alliance("Other alliance");
            json.add("membershipId", membership)
                    .add("agreementId", agreement)
                    .add("charterId", charter)
                    .add("outsider", outsider.founderEmail())
                    .add("otherCoordinator", other.coordinatorEmail());
        }
        int applicants =
                request.getParameter("applicants") == null ? 0 : Integer.parseInt(request.getParameter("applicants"));
        var applications = Json.createArrayBuilder();
        for (int i = 1; i <= Math.min(applicants, 5); i++) {
            // ?applicants=n: n more organisations have applied (submitted, in review), for the coordinator's bulk
            // actions
            AllianceFixtures.Member applicant =
                    fixtures.member("Applicant " + i + " 申请单位", OrganisationKind.ENTERPRISE);
            actingAs.user(applicant.founderId());
            applications.add(memberships
                    .apply(
                            alliance.allianceId(),
                            applicant.organisationId(),
                            alliance.categoryIds().get(3),
                            new org.greenhub.alliance.domain.Membership.Application(
                                    null, org.greenhub.alliance.domain.Membership.Contacts.none()))
                    .getId());
        }
        json.add("applications", applications);
        json.add("allianceId", alliance.allianceId())
                .add("code", alliance.code())
                .add("coordinator", alliance.coordinatorEmail())
                .add("founder", member.founderEmail())
                .add("organisation", member.organisationName())
                .add("eventId", event)
                .add("password", AllianceFixtures.PASSWORD);
        String body = json.build().toString();
        response.setContentType("application/json");
        response.setCharacterEncoding("UTF-8");
        response.getWriter().write(body);
    }

    /** Writes the scenario's coming event. */
    @jakarta.enterprise.context.ApplicationScoped
    public static class Events {

        @PersistenceContext
        EntityManager em;

        @Transactional
        public long create(long allianceId) {
            AllianceEvent event = new AllianceEvent(
                    em.find(Alliance.class, allianceId),
                    new AllianceEvent.Details(
                            EventKind.CAPITAL_MATCHING,
                            "Capital-matching meeting: heat pumps",
                            TestTime.now().plus(10, ChronoUnit.DAYS),
                            "Suzhou",
                            30,
                            null),
                    TestTime.now());
            em.persist(event);
            return event.getId();
        }
    }
}
