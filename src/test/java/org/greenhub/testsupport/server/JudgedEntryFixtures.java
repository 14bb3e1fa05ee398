package org.greenhub.testsupport.server;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.greenhub.account.domain.Role;
import org.greenhub.competition.application.CompetitionRounds;
import org.greenhub.competition.domain.AttachmentKind;
import org.greenhub.competition.domain.CompetitionGroup;
import org.greenhub.competition.domain.Entry;
import org.greenhub.competition.domain.EntryStatus;
import org.greenhub.evaluation.application.RoundSetupService;
import org.greenhub.platform.i18n.Language;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

/**
 * A competition entry under judging, built through the services a manager uses: an entry with content, revenue and an
 * attachment whose file name names the applicant, moved into round 1 next to a second entry; both judges sit on the
 * round's panel; the first judge is assigned to the first entry only, the second judge to both; assignments are
 * published and the round is open (blind on request). Acts as the edition's manager while building: callers say who
 * they act as afterwards.
 */
@ApplicationScoped
public class JudgedEntryFixtures {

    public static final String FILE_NAME = "Lục Sơn Solar business plan.pdf";
    public static final byte[] PDF = "%PDF-1.7\n1 0 obj\n<<>>\nendobj\n%%EOF".getBytes(StandardCharsets.US_ASCII);
    public static final String SUMMARY = "Solar-powered cold rooms that keep harvests fresh for three weeks";
    public static final BigDecimal REVENUE = new BigDecimal("372815");

    public record Scene(long competitionId, long entryId, String reference, String title, String organisation, LocalDate founded,
                        long attachmentId, long roundId, long subjectId, long otherEntryId, long otherSubjectId, String otherTitle,
                        long manager, long owner, long judge, long secondJudge) {
    }

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
        long manager = people.person("Judged-entry manager", Language.ENGLISH, Role.PROGRAMME_MANAGER);
        long owner = people.person("Judged-entry founder", Language.CHINESE, Role.APPLICANT);
        long otherOwner = people.person("Other founder", Language.THAI, Role.APPLICANT);
        long judge = people.person("Assigned judge", Language.ENGLISH, Role.JUDGE);
        long secondJudge = people.person("Second judge", Language.ENGLISH, Role.JUDGE);
        LocalDate founded = TestTime.today().minusMonths(7).withDayOfMonth(13);
        long organisation = competitions.startUp("Lục Sơn Solar", founded, "solar cold storage", owner);
        long otherOrganisation = competitions.startUp("Other team", TestTime.today().minusMonths(9), "water reuse", otherOwner);
        long competition = competitions.publishedCompetition(TestData.unique("judged").toLowerCase(), people.organisation("Zone"), manager,
                TestTime.now().plus(Duration.ofDays(2)));

        String title = TestData.unique("Cold rooms for farms");
        long entry = competitions.draftEntry(competition, organisation, owner, title);
        competitions.describe(entry, new Entry.Details(title, CompetitionGroup.START_UP, CompetitionFixtures.TRACK, SUMMARY,
                "Phase-change storage", "Farm cooperatives", "Four engineers", REVENUE, new BigDecimal("52000"), BigDecimal.ZERO, true));
        long attachment = competitions.attach(entry, AttachmentKind.BUSINESS_PLAN, FILE_NAME, PDF);
        String otherTitle = TestData.unique("Unassigned water reuse");
        long otherEntry = competitions.draftEntry(competition, otherOrganisation, otherOwner, otherTitle);
        competitions.status(entry, EntryStatus.ELIGIBLE);
        competitions.status(otherEntry, EntryStatus.ELIGIBLE);

        actingAs.user(manager);
        long round = rounds.addRound(competition, "Preliminary", TestTime.now().minus(Duration.ofHours(1)), TestTime.now().plus(Duration.ofDays(5)), 2)
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
        return new Scene(competition, entry, stored.reference(), title, judging.organisationName(subject), founded, attachment, round,
                subject, otherEntry, otherSubject, otherTitle, manager, owner, judge, secondJudge);
    }
}
