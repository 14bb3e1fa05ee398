package org.greenhub.testsupport.server;

import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.transaction.Transactional;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.greenhub.alliance.domain.Alliance;
import org.greenhub.alliance.domain.AllianceEvent;
import org.greenhub.alliance.domain.EventKind;
import org.greenhub.organisation.domain.OrganisationKind;

import java.io.IOException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

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

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        AllianceFixtures.AllianceSetup alliance = fixtures.alliance("Green Energy Alliance");
        AllianceFixtures.Member member = fixtures.member("Suzhou Heat Pump 苏州热泵", OrganisationKind.ENTERPRISE);
        long event = events.create(alliance.allianceId());
        String json = Json.createObjectBuilder()
                .add("allianceId", alliance.allianceId())
                .add("code", alliance.code())
                .add("coordinator", alliance.coordinatorEmail())
                .add("founder", member.founderEmail())
                .add("organisation", member.organisationName())
                .add("eventId", event)
                .add("password", AllianceFixtures.PASSWORD)
                .build().toString();
        response.setContentType("application/json");
        response.setCharacterEncoding("UTF-8");
        response.getWriter().write(json);
    }

    /** Writes the scenario's coming event. */
    @jakarta.enterprise.context.ApplicationScoped
    public static class Events {

        @PersistenceContext
        EntityManager em;

        @Transactional
        public long create(long allianceId) {
            AllianceEvent event = new AllianceEvent(em.find(Alliance.class, allianceId), new AllianceEvent.Details(EventKind.CAPITAL_MATCHING,
                    "Capital-matching meeting: heat pumps", Instant.now().plus(10, ChronoUnit.DAYS), "Suzhou", 30, null), Instant.now());
            em.persist(event);
            return event.getId();
        }
    }
}
