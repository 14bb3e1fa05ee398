package org.greenhub.reserve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import java.util.List;
import org.greenhub.account.domain.Role;
import org.greenhub.organisation.domain.AffiliationRole;
import org.greenhub.organisation.domain.InstitutionType;
import org.greenhub.platform.error.DomainException;
import org.greenhub.platform.i18n.Language;
import org.greenhub.reserve.application.MatchReads;
import org.greenhub.reserve.application.Matching;
import org.greenhub.reserve.domain.Grade;
import org.greenhub.reserve.domain.MatchSide;
import org.greenhub.reserve.domain.MatchStatus;
import org.greenhub.testsupport.server.ActingAs;
import org.greenhub.testsupport.server.EvaluationFixtures;
import org.greenhub.testsupport.server.InServerTest;
import org.greenhub.testsupport.server.ReserveFixtures;
import org.greenhub.testsupport.server.ReserveFixtures.Project;
import org.greenhub.testsupport.server.TestTime;
import org.junit.jupiter.api.Test;

/**
 * A funder marks interest in a listed project with a note, the owner (mailed in Chinese) accepts contact, the funder
 * (mailed in Thai) then reads the owner's contact, and both write on the dated thread. Another institution's funder
 * and anyone else get "not found"; a draft cannot be marked; a refused interest stores nothing.
 */
class MatchingIT extends InServerTest {

    @Inject
    Matching matching;

    @Inject
    ReserveFixtures reserve;

    @Inject
    EvaluationFixtures people;

    @Inject
    ActingAs actingAs;

    private record Scene(long project, long draft, long owner, long funder, long otherFunder, long stranger) {}

    private Scene scene(boolean contactForFunders) {
        long organisation = people.organisation("Matched owner");
        long owner = people.person("Matched owner person", Language.CHINESE, Role.APPLICANT);
        people.affiliate(
                owner, organisation, AffiliationRole.FOUNDER, TestTime.today().minusYears(2), null);
        long call = reserve.standingCall();
        long project = reserve.listed(
                organisation, call, Project.of("光伏储能 matched").contactForFunders(contactForFunders), Grade.A);
        long draft = reserve.draft(organisation, call, Project.of("Draft matched"));
        long funder = people.person("Matching funder", Language.THAI, Role.APPLICANT);
        long bank = reserve.institution("Matching bank");
        people.affiliate(
                funder, bank, AffiliationRole.EMPLOYEE, TestTime.today().minusYears(1), null);
        reserve.verify(bank, InstitutionType.BANK, funder);
        long otherFunder = people.person("Other funder", Language.ENGLISH, Role.APPLICANT);
        long fund = reserve.institution("Other fund");
        people.affiliate(
                otherFunder, fund, AffiliationRole.EMPLOYEE, TestTime.today().minusYears(1), null);
        reserve.verify(fund, InstitutionType.VENTURE_FUND, otherFunder);
        long stranger = people.person("Stranger", Language.ENGLISH, Role.APPLICANT);
        return new Scene(project, draft, owner, funder, otherFunder, stranger);
    }

    private static void assertNotFound(Runnable action, String what) {
        DomainException refusal = assertThrows(DomainException.class, action::run, what);
        assertEquals(DomainException.Kind.NOT_FOUND, refusal.kind(), what);
    }

    @Test
    void interestAcceptedGivesTheFunderTheContactAndBothSidesKeepTheThread() {
        Scene s = scene(false);

        actingAs.user(s.funder());
        long match = matching.markInterest(s.project(), "We finance rooftop solar up to 20 million yuan.");
        assertEquals(
                1, matching.myMatches().stream().filter(l -> l.id() == match).count());
        assertNull(matching.thread(match).ownerContact(), "no contact before the owner accepts");
        List<String> ownerMails = people.mailSubjects(people.email(s.owner()));
        assertTrue(ownerMails.get(0).startsWith("有资金方对"), "the owner is mailed in Chinese: " + ownerMails);

        actingAs.user(s.otherFunder());
        assertNotFound(() -> matching.thread(match), "another institution's funder reads the thread");
        assertNotFound(() -> matching.write(match, "Hello"), "another institution's funder writes");
        assertNotFound(() -> matching.answer(match, true), "another institution's funder answers");
        actingAs.user(s.stranger());
        assertNotFound(() -> matching.thread(match), "a stranger");
        assertNotFound(() -> matching.projectMatches(s.project()), "a stranger reads the project's interest");

        actingAs.user(s.owner());
        Matching.ProjectMatches interest = matching.projectMatches(s.project());
        assertEquals(
                List.of(match),
                interest.matches().stream().map(MatchReads.Line::id).toList());
        assertTrue(matching.thread(match).mayAnswer());
        matching.answer(match, true);
        DomainException twice = assertThrows(DomainException.class, () -> matching.answer(match, false));
        assertEquals(DomainException.Kind.CONFLICT, twice.kind());
        matching.write(match, "Welcome. Our feasibility study is ready.");
        List<String> funderMails = people.mailSubjects(people.email(s.funder()));
        assertEquals(2, funderMails.size(), "accepted, then the owner's message: " + funderMails);
        assertTrue(funderMails.get(1).startsWith("เจ้าของโครงการ"), "the funder is mailed in Thai: " + funderMails);

        actingAs.user(s.funder());
        matching.write(match, "Please send it.");
        Matching.Thread thread = matching.thread(match);
        assertEquals(MatchStatus.ACCEPTED, thread.head().status());
        assertNotNull(thread.ownerContact(), "the owner accepted contact");
        assertEquals(people.email(s.owner()), thread.ownerContact().email());
        assertEquals(
                List.of(MatchSide.FUNDER, MatchSide.OWNER, MatchSide.FUNDER),
                thread.messages().stream().map(MatchReads.Message::side).toList());
        assertEquals("Please send it.", thread.messages().get(2).body());
        assertTrue(
                !thread.messages().get(0).at().isAfter(thread.messages().get(2).at()), "dated, oldest first");
    }

    @Test
    void onlyAFunderMarksInterestOnceInAListedProjectAndADeclinedThreadIsClosed() {
        Scene s = scene(true);

        actingAs.user(s.stranger());
        DomainException notFunder =
                assertThrows(DomainException.class, () -> matching.markInterest(s.project(), "Interested"));
        assertEquals(DomainException.Kind.FORBIDDEN, notFunder.kind());

        actingAs.user(s.funder());
        assertNotFound(() -> matching.markInterest(s.draft(), "Interested"), "a draft");
        DomainException empty = assertThrows(DomainException.class, () -> matching.markInterest(s.project(), " "));
        assertEquals("note", empty.field());
        assertTrue(matching.myMatches().isEmpty(), "a refused interest stores nothing");
        long match = matching.markInterest(s.project(), "Interested in a green loan.");
        DomainException again = assertThrows(DomainException.class, () -> matching.markInterest(s.project(), "Again"));
        assertEquals(DomainException.Kind.CONFLICT, again.kind());

        actingAs.user(s.owner());
        matching.answer(match, false);
        DomainException closed = assertThrows(DomainException.class, () -> matching.write(match, "After all?"));
        assertEquals(DomainException.Kind.CONFLICT, closed.kind());
        actingAs.user(s.funder());
        assertEquals(MatchStatus.DECLINED, matching.thread(match).head().status());
        assertNull(matching.thread(match).ownerContact(), "declined: no contact");
    }
}
