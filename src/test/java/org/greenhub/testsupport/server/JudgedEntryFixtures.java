package org.greenhub.testsupport.server;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.greenhub.account.domain.Role;
import org.greenhub.competition.application.CompetitionRounds;
import org.greenhub.competition.domain.AttachmentKind;
import org.greenhub.competition.domain.CompetitionGroup;
import org.greenhub.competition.domain.Entry;
import org.greenhub.competition.domain.EntryStatus;
import org.greenhub.evaluation.application.RoundSetupService;
import org.greenhub.platform.i18n.Language;

/**
 * A competition entry under judging, built through the services a manager uses: an entry with content, revenue and an
 * attachment whose file name names the applicant, moved into round 1 next to a second entry; both judges sit on the
 * round's panel; the first judge is assigned to the first entry only, the second judge to both; assignments are
 * published; the round is blind and open for scoring on request. Acts as the edition's manager while building: callers say who
 * they act as afterwards.
 */
@ApplicationScoped
public class JudgedEntryFixtures {

    public static final String FILE_NAME = "Lục Sơn Solar business plan.pdf";
    /** A one-page business plan that a browser can show (the workspace previews it in the page). */
    public static final byte[] PDF = java.util.Base64.getDecoder()
            .decode(
                    "JVBERi0xLjQKMSAwIG9iago8PCAvVHlwZSAvQ2F0YWxvZyAvUGFnZXMgMiAwIFIgPj4KZW5kb2JqCjIgMCBvYmoKPDwgL1R5cGUgL1BhZ2VzIC9LaWRzIFszIDAgUl0gL0NvdW50IDEgPj4KZW5kb2JqCjMgMCBvYmoKPDwgL1R5cGUgL1BhZ2UgL1BhcmVudCAyIDAgUiAvTWVkaWFCb3ggWzAgMCA1OTUgODQyXSAvQ29udGVudHMgNCAwIFIgL1Jlc291cmNlcyA8PCAvRm9udCA8PCAvRjEgNSAwIFIgPj4gPj4gPj4KZW5kb2JqCjQgMCBvYmoKPDwgL0xlbmd0aCAzNDkgPj4Kc3RyZWFtCkJUIC9GMSAyMCBUZiA1NiA3NjAgVGQgKEJ1c2luZXNzIHBsYW4pIFRqIEVUCkJUIC9GMSAxMiBUZiA1NiA3MjAgVGQgKDEuIFNvbGFyLXBvd2VyZWQgY29sZCByb29tcyBmb3IgZmFybSBjb29wZXJhdGl2ZXMpIFRqIEVUCkJUIC9GMSAxMiBUZiA1NiA2OTggVGQgKDIuIFBoYXNlLWNoYW5nZSBzdG9yYWdlIGtlZXBzIDItOCBDIGZvciA3MiBoKSBUaiBFVApCVCAvRjEgMTIgVGYgNTYgNjc2IFRkICgzLiBQaWxvdDogMTIgcm9vbXMsIDM4MCB0IG9mIHByb2R1Y2UgYSBzZWFzb24pIFRqIEVUCkJUIC9GMSAxMiBUZiA1NiA2NTQgVGQgKDQuIFBheWJhY2sgZm9yIGEgY29vcGVyYXRpdmU6IDMuNSB5ZWFycykgVGogRVQKZW5kc3RyZWFtCmVuZG9iago1IDAgb2JqCjw8IC9UeXBlIC9Gb250IC9TdWJ0eXBlIC9UeXBlMSAvQmFzZUZvbnQgL0hlbHZldGljYSA+PgplbmRvYmoKeHJlZgowIDYKMDAwMDAwMDAwMCA2NTUzNSBmIAowMDAwMDAwMDA5IDAwMDAwIG4gCjAwMDAwMDAwNTggMDAwMDAgbiAKMDAwMDAwMDExNSAwMDAwMCBuIAowMDAwMDAwMjQxIDAwMDAwIG4gCjAwMDAwMDA2NDEgMDAwMDAgbiAKdHJhaWxlcgo8PCAvU2l6ZSA2IC9Sb290IDEgMCBSID4+CnN0YXJ0eHJlZgo3MTEKJSVFT0YK");
    /** A picture attached as green evidence (a small bar chart), its name naming the applicant too. */
    public static final String IMAGE_NAME = "Lục Sơn Solar savings chart.png";

    public static final byte[] PNG = java.util.Base64.getDecoder()
            .decode(
                    "iVBORw0KGgoAAAANSUhEUgAAAPAAAAB4CAIAAABD1OhwAAABfUlEQVR42u3csQkAIRBFQSsysBx7sWcxMTWwBO9A1jle/sGd+FKfQwpT8gQCWgJaAloCWkBLQEtAS0BLQAtoCWgJaAloCWgBLQEtAS0BLQEtoCWgJaAloCWgBbT0fbmV84AW0BLQEtACGmgBDbSAloCWgBbQQAtooAW0BLQEtIAGWpfAAlpAAy2ggRbQAhpoAQ20gAZaQAMtoAU00AIaaAENtIAGGmigBTTQegoW0EADDTTQQAMNNNACGmgBDTTQQAMNNNBAAw20gAZaQAMNNNBAA20XaKCBFtBAg2UXaKDtAg000AILaKDBAhpou0ADbRdooIEWWEADDRbQQNsFGmi7QIMFNNBgAQ00WEA7sF2gHdgu0HaBBtou0EDbBdqB7QLtwHaBtgs00HaBBtou0A5sF2gHtgu0XaCBtgs00HZvA+2h7QLtoe0Cbdcu0HbtAm0XaA9tF2gPbRdou3aBtmt3g64+X6DPn5MUKqAFtAS0BLQEtICWgJaAlv5sAVZMADjNi2GYAAAAAElFTkSuQmCC");
    public static final String SUMMARY = "Solar-powered cold rooms that keep harvests fresh for three weeks";
    public static final BigDecimal REVENUE = new BigDecimal("372815");

    public record Scene(
            long competitionId,
            long entryId,
            String reference,
            String title,
            String organisation,
            LocalDate founded,
            long attachmentId,
            long roundId,
            long subjectId,
            long otherEntryId,
            long otherSubjectId,
            String otherTitle,
            long manager,
            long owner,
            long judge,
            long secondJudge,
            String otherReference,
            long imageAttachmentId) {}

    @Inject
    CompetitionFixtures competitions;

    @Inject
    EvaluationFixtures people;

    @Inject
    JudgingFixtures judging;

    @Inject
    ActingAs actingAs;

    @Inject
    CompetitionRounds rounds;

    @Inject
    RoundSetupService setup;

    public Scene create(boolean blind) {
        return create(blind, false);
    }

    /** The same, with the round opened for scoring when {@code open} (the judges' queue lists open rounds only). */
    public Scene create(boolean blind, boolean open) {
        long manager = people.person("Judged-entry manager", Language.ENGLISH, Role.PROGRAMME_MANAGER);
        long owner = people.person("Judged-entry founder", Language.CHINESE, Role.APPLICANT);
        long otherOwner = people.person("Other founder", Language.THAI, Role.APPLICANT);
        long judge = people.person("Assigned judge", Language.ENGLISH, Role.JUDGE);
        long secondJudge = people.person("Second judge", Language.ENGLISH, Role.JUDGE);
        LocalDate founded = TestTime.today().minusMonths(7).withDayOfMonth(13);
        long organisation = competitions.startUp("Lục Sơn Solar", founded, "solar cold storage", owner);
        long otherOrganisation =
                competitions.startUp("Other team", TestTime.today().minusMonths(9), "water reuse", otherOwner);
        long competition = competitions.publishedCompetition(
                TestData.unique("judged").toLowerCase(),
                people.organisation("Zone"),
                manager,
                TestTime.now().plus(Duration.ofDays(2)));

        String title = TestData.unique("Cold rooms for farms");
        long entry = competitions.draftEntry(competition, organisation, owner, title);
        competitions.describe(
                entry,
                new Entry.Details(
                        title,
                        CompetitionGroup.START_UP,
                        CompetitionFixtures.TRACK,
                        SUMMARY,
                        "Phase-change storage",
                        "Farm cooperatives",
                        "Four engineers",
                        REVENUE,
                        new BigDecimal("52000"),
                        BigDecimal.ZERO,
                        true));
        long attachment = competitions.attach(entry, AttachmentKind.BUSINESS_PLAN, FILE_NAME, PDF);
        long image = competitions.attach(entry, AttachmentKind.GREEN_EVIDENCE, IMAGE_NAME, PNG);
        String otherTitle = TestData.unique("Unassigned water reuse");
        long otherEntry = competitions.draftEntry(competition, otherOrganisation, otherOwner, otherTitle);
        competitions.status(entry, EntryStatus.ELIGIBLE);
        competitions.status(otherEntry, EntryStatus.ELIGIBLE);

        actingAs.user(manager);
        long round = rounds.addRound(
                        competition,
                        "Preliminary",
                        TestTime.now().minus(Duration.ofHours(1)),
                        TestTime.now().plus(Duration.ofDays(5)),
                        2)
                .getEvaluationRoundId();
        rounds.moveIntoFirstRound(competition, List.of());
        long panel = setup.createPanel(round, "Panel", null, null).getId();
        setup.addJudge(panel, judge);
        setup.addJudge(panel, secondJudge);
        Entry stored = competitions.entry(entry);
        long subject = stored.getEvaluationSubjectId();
        long otherSubject = competitions.entry(otherEntry).getEvaluationSubjectId();
        judging.assign(round, subject, judge);
        judging.assign(round, subject, secondJudge);
        judging.assign(round, otherSubject, secondJudge);
        competitions.publishAssignments(round);
        if (blind) {
            judging.blind(round);
        }
        if (open) {
            actingAs.user(manager);
            setup.open(round, setup.view(round).getVersion());
        }
        return new Scene(
                competition,
                entry,
                stored.reference(),
                title,
                judging.organisationName(subject),
                founded,
                attachment,
                round,
                subject,
                otherEntry,
                otherSubject,
                otherTitle,
                manager,
                owner,
                judge,
                secondJudge,
                competitions.entry(otherEntry).reference(),
                image);
    }
}
