package org.greenhub.testsupport.server;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.greenhub.account.domain.Role;
import org.greenhub.organisation.domain.AffiliationRole;
import org.greenhub.platform.files.FileStore;
import org.greenhub.platform.i18n.Language;
import org.greenhub.platform.i18n.LocalisedName;
import org.greenhub.reserve.domain.Benefits;
import org.greenhub.reserve.domain.CallRules;
import org.greenhub.reserve.domain.Financing;
import org.greenhub.reserve.domain.FinancingInstrument;
import org.greenhub.reserve.domain.FinancingRepository;
import org.greenhub.reserve.domain.GradeBands;
import org.greenhub.reserve.domain.GreenCategory;
import org.greenhub.reserve.domain.ListingTerm;
import org.greenhub.reserve.domain.ProjectResult;
import org.greenhub.reserve.domain.ProjectStage;
import org.greenhub.reserve.domain.ReserveCall;
import org.greenhub.reserve.domain.ReserveProject;
import org.greenhub.reserve.domain.ReserveRepository;
import org.greenhub.reserve.domain.ResultSchedule;
import org.greenhub.reserve.domain.Screening;

/**
 * A reserve call of its own with a programme manager named on it, and listed projects of an organisation whose
 * manager owns them, built through the reserve's repositories (declaring and review are other steps of issue 13, so
 * the fixture lists a project through the entity's own rules). Every account signs in with
 * {@link JudgingFixtures#PASSWORD}.
 */
@ApplicationScoped
public class ReserveFinancingFixtures {

    public static final byte[] PDF = "%PDF-1.7\n1 0 obj\n<<>>\nendobj\n%%EOF".getBytes(StandardCharsets.US_ASCII);

    @Inject
    EvaluationFixtures people;

    @Inject
    JudgingFixtures judging;

    @Inject
    ReserveRepository reserve;

    @Inject
    FinancingRepository financing;

    @Inject
    FileStore files;

    /** Ids of a scene: the call, its manager, the owner and their organisation, a funder, and a stranger. */
    public record Scene(long callId, long manager, long owner, long organisationId, long funderId, long stranger) {}

    @Transactional
    public Scene scene(Language ownerLanguage) {
        long manager = people.person("Reserve manager", Language.ENGLISH, Role.PROGRAMME_MANAGER);
        long owner = people.person("Project owner", ownerLanguage, Role.APPLICANT);
        long stranger = people.person("Other founder", Language.ENGLISH, Role.APPLICANT);
        for (long id : new long[] {manager, owner, stranger}) {
            judging.activate(id);
        }
        long organisation = people.organisation("Solar Roofs Co");
        people.affiliate(
                owner, organisation, AffiliationRole.FOUNDER, TestTime.today().minusYears(4), null);
        long funder = people.organisation("Green Bank");
        long callId = call(manager);
        return new Scene(callId, manager, owner, organisation, funder, stranger);
    }

    private long call(long manager) {
        ReserveCall call = new ReserveCall(
                LocalisedName.of(TestData.unique("Reserve call"), "储备库征集批次", null, null),
                TestTime.today().minusYears(4),
                null,
                new CallRules(Set.of(), Set.of(), Set.of(), Map.of()),
                new GradeBands(new BigDecimal("85"), new BigDecimal("70"), new BigDecimal("60")),
                ListingTerm.DEFAULT,
                TestTime.now());
        reserve.add(call);
        financing.addCallManager(call.getId(), manager);
        return call.getId();
    }

    /** A project of the scene's organisation, listed on {@code listedOn} with grade B. */
    @Transactional
    public long listedProject(
            Scene scene,
            String title,
            GreenCategory category,
            String soughtYuan,
            Set<FinancingInstrument> instruments,
            Benefits expected,
            LocalDate listedOn) {
        ReserveProject project = ReserveProject.draft(
                scene.organisationId(),
                scene.callId(),
                new ReserveProject.Declaration(
                        TestData.unique(title),
                        "Rooftop solar on the factory halls, with storage.",
                        category,
                        null,
                        null,
                        ProjectStage.CONSTRUCTION,
                        new BigDecimal(soughtYuan).multiply(BigDecimal.valueOf(2)),
                        new BigDecimal(soughtYuan),
                        instruments,
                        expected,
                        null,
                        true),
                TestTime.now());
        ReserveCall call = reserve.findCall(scene.callId()).orElseThrow();
        project.submit(Screening.screen(project.facts(), call.rules(), Optional.empty()), TestTime.now());
        reserve.add(project);
        project.startReview();
        project.list(org.greenhub.reserve.domain.Grade.B, call.term(), listedOn, null);
        return project.getId();
    }

    /** A part recorded straight through the entity's rules, with a PDF as evidence. */
    @Transactional
    public void financed(
            long projectId, FinancingInstrument instrument, String amountYuan, long funderId, LocalDate on) {
        ReserveProject project = reserve.findProject(projectId).orElseThrow();
        long file = files.store("contract.pdf", PDF).getId();
        financing.add(Financing.record(
                project,
                financing.financings(projectId),
                new Financing.Part(instrument, new BigDecimal(amountYuan), on, funderId, null),
                file,
                null,
                TestTime.today(),
                TestTime.now()));
    }

    /** A year's results, reported as of {@code today}. */
    @Transactional
    public void reported(long projectId, int year, Benefits realised, LocalDate today) {
        ReserveProject project = reserve.findProject(projectId).orElseThrow();
        ReserveCall call = reserve.findCall(project.getCallId()).orElseThrow();
        financing.add(ProjectResult.report(
                project,
                ResultSchedule.of(call.term(), project.getValidity().since()),
                true,
                Set.of(),
                year,
                realised,
                null,
                today,
                TestTime.now()));
    }

    public String email(long userId) {
        return people.email(userId);
    }
}
