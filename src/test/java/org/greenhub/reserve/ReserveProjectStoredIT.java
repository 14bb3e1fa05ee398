package org.greenhub.reserve;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import org.greenhub.platform.domain.Period;
import org.greenhub.platform.i18n.LocalisedName;
import org.greenhub.reserve.domain.Benefits;
import org.greenhub.reserve.domain.CallRules;
import org.greenhub.reserve.domain.EvidenceKind;
import org.greenhub.reserve.domain.FinancingInstrument;
import org.greenhub.reserve.domain.Grade;
import org.greenhub.reserve.domain.GradeBands;
import org.greenhub.reserve.domain.GreenCategory;
import org.greenhub.reserve.domain.ListingTerm;
import org.greenhub.reserve.domain.ProjectStage;
import org.greenhub.reserve.domain.ProjectStatus;
import org.greenhub.reserve.domain.ReserveCall;
import org.greenhub.reserve.domain.ReserveProject;
import org.greenhub.reserve.domain.ReserveRepository;
import org.greenhub.reserve.domain.Screening;
import org.greenhub.reserve.domain.StoredFinding;
import org.greenhub.testsupport.server.EvaluationFixtures;
import org.greenhub.testsupport.server.InServerTest;
import org.greenhub.testsupport.server.TestData;
import org.greenhub.testsupport.server.TestTime;
import org.junit.jupiter.api.Test;

/**
 * A call and a project go through the reserve's tables and come back as they were declared: rules, bands and term
 * of the call; the project's figures, financing kinds, evidence, the reviewers' flags with their values, and the
 * listing's grade and validity.
 */
class ReserveProjectStoredIT extends InServerTest {

    @PersistenceContext
    EntityManager em;

    @Resource
    UserTransaction transaction;

    @Inject
    ReserveRepository reserve;

    @Inject
    EvaluationFixtures fixtures;

    private <T> T inTransaction(Callable<T> work) throws Exception {
        transaction.begin();
        try {
            T result = work.call();
            em.flush();
            transaction.commit();
            em.clear();
            return result;
        } catch (Exception e) {
            transaction.rollback();
            throw e;
        }
    }

    @Test
    void aListedProjectReadsBackAsDeclaredScreenedAndDecided() throws Exception {
        long organisationId = fixtures.organisation(TestData.unique("Reserve owner"));
        LocalDate decided = TestTime.today();
        long callId = inTransaction(() -> {
            ReserveCall call = new ReserveCall(
                    LocalisedName.of("Green reserve", "绿色项目储备库", "คลังโครงการสีเขียว", null),
                    decided.minusMonths(2),
                    null,
                    new CallRules(
                            Set.of(GreenCategory.CLEAN_ENERGY, GreenCategory.CLEAN_PRODUCTION),
                            Set.of(),
                            Set.of("SIP"),
                            Set.of(EvidenceKind.FEASIBILITY_STUDY),
                            Map.of(Benefits.Figure.CO2_AVOIDED_T, new BigDecimal("1.5"))),
                    new GradeBands(new BigDecimal("85"), new BigDecimal("70"), new BigDecimal("60")),
                    new ListingTerm(3),
                    TestTime.now());
            reserve.add(call);
            return call.getId();
        });
        long projectId = inTransaction(() -> {
            ReserveCall call = reserve.findCall(callId).orElseThrow();
            ReserveProject project = ReserveProject.draft(
                    organisationId,
                    callId,
                    new ReserveProject.Declaration(
                            "屋顶光伏 4.2 MW",
                            "Rooftop solar on 12 halls.",
                            GreenCategory.CLEAN_ENERGY,
                            "SIP",
                            "Suzhou",
                            ProjectStage.CONSTRUCTION,
                            new BigDecimal("20000000"),
                            new BigDecimal("12000000"),
                            Set.of(FinancingInstrument.GREEN_LOAN, FinancingInstrument.GREEN_BOND),
                            new Benefits(new BigDecimal("560.5"), new BigDecimal("3900"), null, null),
                            "Yield simulation",
                            true),
                    TestTime.now());
            project.evidenceAttached(Set.of(EvidenceKind.FEASIBILITY_STUDY));
            project.submit(Screening.screen(project.facts(), call.rules(), Optional.empty()), TestTime.now());
            reserve.add(project);
            project.startReview();
            project.list(call.bands().gradeFor(new BigDecimal("86")).orElseThrow(), call.term(), decided, null);
            return project.getId();
        });

        // the call's rules are read in the transaction, as a use case would (its sets load lazily)
        record CallAsStored(CallRules rules, int validityYears, String thaiName) {}
        CallAsStored call = inTransaction(() -> {
            ReserveCall stored = reserve.findCall(callId).orElseThrow();
            return new CallAsStored(
                    stored.rules(),
                    stored.term().validityYears(),
                    stored.getName().exact(org.greenhub.platform.i18n.Language.THAI));
        });
        // read in the transaction, as a use case would (the project's sets load lazily)
        record ProjectAsStored(
                ProjectStatus status,
                Grade grade,
                Period validity,
                String title,
                Set<FinancingInstrument> instruments,
                Benefits expected,
                Set<EvidenceKind> evidence,
                List<String> flagKeys,
                List<String> firstFlagArguments) {}
        ProjectAsStored project = inTransaction(() -> {
            ReserveProject read = reserve.findProject(projectId).orElseThrow();
            return new ProjectAsStored(
                    read.getStatus(),
                    read.getGrade(),
                    read.getValidity(),
                    read.getTitle(),
                    read.getInstruments(),
                    read.getExpected(),
                    read.getEvidence(),
                    read.getFlags().stream().map(StoredFinding::getMessageKey).toList(),
                    read.getFlags().get(0).getArguments());
        });

        assertEquals(Set.of("SIP"), call.rules().zoneCodes());
        assertEquals(
                Set.of(GreenCategory.CLEAN_ENERGY, GreenCategory.CLEAN_PRODUCTION),
                call.rules().categories());
        assertEquals(
                0,
                new BigDecimal("1.5")
                        .compareTo(call.rules().ceilingsPer10kYuan().get(Benefits.Figure.CO2_AVOIDED_T)));
        assertEquals(3, call.validityYears());
        assertEquals("คลังโครงการสีเขียว", call.thaiName());

        assertEquals(ProjectStatus.LISTED, project.status());
        assertEquals(Grade.A, project.grade());
        assertEquals(Period.of(decided, decided.minusDays(1).plusYears(3)), project.validity());
        assertEquals("屋顶光伏 4.2 MW", project.title());
        assertEquals(Set.of(FinancingInstrument.GREEN_LOAN, FinancingInstrument.GREEN_BOND), project.instruments());
        assertEquals(0, new BigDecimal("560.5").compareTo(project.expected().energySavedTce()));
        assertEquals(null, project.expected().waterSavedM3());
        assertEquals(Set.of(EvidenceKind.FEASIBILITY_STUDY), project.evidence());
        assertEquals(List.of("reserve.screening.benefitAboveCeiling.CO2_AVOIDED_T"), project.flagKeys());
        assertEquals(List.of("1.95", "1.5"), project.firstFlagArguments());
    }
}
