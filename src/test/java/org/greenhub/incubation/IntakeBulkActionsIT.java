package org.greenhub.incubation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.greenhub.account.domain.Role;
import org.greenhub.evaluation.application.ExportFile;
import org.greenhub.incubation.application.IntakeApplications;
import org.greenhub.incubation.application.IntakeBulkActions;
import org.greenhub.incubation.application.IntakeDecisions;
import org.greenhub.incubation.domain.ApplicationStatus;
import org.greenhub.incubation.domain.Decision;
import org.greenhub.organisation.domain.green.GreenFocusArea;
import org.greenhub.platform.error.DomainException;
import org.greenhub.platform.i18n.Language;
import org.greenhub.testsupport.server.ActingAs;
import org.greenhub.testsupport.server.EvaluationFixtures;
import org.greenhub.testsupport.server.InServerTest;
import org.greenhub.testsupport.server.IntakeFixtures;
import org.greenhub.testsupport.server.TestData;
import org.junit.jupiter.api.Test;

/**
 * A call's manager acts on several applications at once: the status filter's "all matching", reminders of open offers
 * (all-or-nothing, each application checked: its call, the caller's management, its state; mailed in each start-up's
 * language) and the selection's export in the reader's language.
 */
class IntakeBulkActionsIT extends InServerTest {

    @Inject
    IntakeApplications applications;

    @Inject
    IntakeDecisions decisions;

    @Inject
    IntakeBulkActions bulk;

    @Inject
    IntakeFixtures intake;

    @Inject
    EvaluationFixtures people;

    @Inject
    TestData data;

    @Inject
    ActingAs actingAs;

    private record Call(long manager, long call) {}

    private Call call(String name) {
        long manager = people.person("Intake manager " + name, Language.ENGLISH, Role.PROGRAMME_MANAGER);
        long incubator = intake.incubator(TestData.unique(name), manager);
        return new Call(manager, intake.openCall(incubator, TestData.unique(name + " intake"), 5));
    }

    /** A founder in the given language applies with a new start-up; returns the application and its founder. */
    private long[] apply(long call, String project, Language language) {
        long founder = people.person("Founder " + project, language, Role.APPLICANT);
        long startUp = intake.startUp(founder, project, 6, IntakeFixtures.ZONE, "solar drying equipment");
        actingAs.user(founder);
        long id = applications
                .apply(new IntakeApplications.ApplicationForm(
                        call,
                        startUp,
                        project,
                        "Dries tea leaves with solar heat.",
                        GreenFocusArea.CLEAN_ENERGY,
                        false,
                        IntakeFixtures.metrics(),
                        "plan.pdf",
                        IntakeFixtures.PDF))
                .getId();
        return new long[] {id, founder};
    }

    private void admit(long manager, long application) {
        actingAs.user(manager);
        decisions.decide(
                application,
                Decision.ADMIT,
                "Strong pilot results.",
                decisions.requireManaged(application).getVersion());
    }

    @Test
    void remindersOfOpenOffersAreAllOrNothingAndGoInEachStartUpsLanguage() {
        Call mine = call("Bulk intake");
        Call other = call("Other intake");
        long[] thai = apply(mine.call(), "Solar Dry " + TestData.unique("a"), Language.THAI);
        long[] english = apply(mine.call(), "Heat Loop " + TestData.unique("b"), Language.ENGLISH);
        long[] waiting = apply(mine.call(), "Still screened " + TestData.unique("c"), Language.ENGLISH);
        long[] foreign = apply(other.call(), "Foreign " + TestData.unique("d"), Language.ENGLISH);
        admit(mine.manager(), thai[0]);
        admit(mine.manager(), english[0]);
        admit(other.manager(), foreign[0]);
        String thaiMail = people.email(thai[1]);
        long mailsBefore = data.mailsTo(thaiMail);

        actingAs.user(mine.manager());
        // another call's application is refused as unknown, and nobody is reminded
        IntakeBulkActions.Refused refused = assertThrows(
                IntakeBulkActions.Refused.class, () -> bulk.remindOffers(mine.call(), List.of(thai[0], foreign[0])));
        assertEquals(
                List.of(foreign[0]),
                refused.refusals().stream()
                        .map(IntakeBulkActions.Refusal::applicationId)
                        .toList());
        assertEquals(null, refused.refusals().get(0).project());
        // an application without an open offer is named with the reason, and nobody is reminded
        refused = assertThrows(
                IntakeBulkActions.Refused.class, () -> bulk.remindOffers(mine.call(), List.of(thai[0], waiting[0])));
        assertEquals("incubation.bulk.noReminder", refused.refusals().get(0).messageKey());
        assertEquals(mailsBefore, data.mailsTo(thaiMail));

        // "all matching" the offered filter: the two offers, reminded each in its own language
        List<Long> offered =
                decisions.applicationIds(mine.call(), ApplicationStatus.OFFERED, IntakeBulkActions.MAX_APPLICATIONS);
        assertEquals(
                List.of(thai[0], english[0]).stream().sorted().toList(),
                offered.stream().sorted().toList());
        assertEquals(2, decisions.countApplications(mine.call(), ApplicationStatus.OFFERED));
        assertEquals(2, bulk.remindOffers(mine.call(), offered));
        assertEquals(mailsBefore + 1, data.mailsTo(thaiMail));
        assertTrue(
                data.lastMail(thaiMail).subject().startsWith("แจ้งเตือน"),
                data.lastMail(thaiMail).subject());
        assertTrue(
                data.lastMail(people.email(english[1])).subject().startsWith("Reminder: your offer"),
                data.lastMail(people.email(english[1])).subject());
        assertEquals(1, data.auditEventsOn("INTAKE_OFFER_REMINDED", "IntakeApplication", thai[0]));

        // the other call's manager may not act on this call at all
        actingAs.user(other.manager());
        DomainException hidden =
                assertThrows(DomainException.class, () -> bulk.remindOffers(mine.call(), List.of(thai[0])));
        assertEquals("platform.error.notFound", hidden.messageKey());
        hidden = assertThrows(
                DomainException.class,
                () -> bulk.export(mine.call(), List.of(thai[0]), ExportFile.Format.CSV, Language.ENGLISH));
        assertEquals("platform.error.notFound", hidden.messageKey());
    }

    @Test
    void theSelectionsExportHoldsOnlyTheSelectionInTheReadersLanguage() {
        Call mine = call("Export intake");
        long[] first = apply(mine.call(), "Export first " + TestData.unique("e"), Language.ENGLISH);
        long[] second = apply(mine.call(), "Export second " + TestData.unique("f"), Language.ENGLISH);
        actingAs.user(mine.manager());
        String csv = new String(
                bulk.export(mine.call(), List.of(first[0]), ExportFile.Format.CSV, Language.VIETNAMESE)
                        .content(),
                StandardCharsets.UTF_8);
        assertTrue(csv.contains("Export first"), csv);
        assertFalse(csv.contains("Export second"), "only the selection: " + csv);
        assertTrue(
                csv.contains("Lĩnh vực xanh") && csv.contains("Năng lượng sạch"),
                "Vietnamese headers and focus area: " + csv);
        assertFalse(csv.contains("CLEAN_ENERGY") || csv.contains("SUBMITTED"), "no codes: " + csv);
        String all = new String(
                bulk.export(mine.call(), null, ExportFile.Format.CSV, Language.ENGLISH)
                        .content(),
                StandardCharsets.UTF_8);
        assertTrue(
                all.contains("Export first") && all.contains("Export second") && all.contains("Green focus area"), all);
    }
}
