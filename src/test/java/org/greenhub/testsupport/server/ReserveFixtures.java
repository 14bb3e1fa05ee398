package org.greenhub.testsupport.server;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.greenhub.account.domain.Role;
import org.greenhub.account.domain.UserAccount;
import org.greenhub.organisation.domain.InstitutionType;
import org.greenhub.organisation.domain.Organisation;
import org.greenhub.organisation.domain.OrganisationKind;
import org.greenhub.platform.i18n.LocalisedName;
import org.greenhub.reserve.domain.Benefits;
import org.greenhub.reserve.domain.CallRules;
import org.greenhub.reserve.domain.FinancingInstrument;
import org.greenhub.reserve.domain.Grade;
import org.greenhub.reserve.domain.GradeBands;
import org.greenhub.reserve.domain.GreenCategory;
import org.greenhub.reserve.domain.ListingTerm;
import org.greenhub.reserve.domain.ProjectStage;
import org.greenhub.reserve.domain.ReserveCall;
import org.greenhub.reserve.domain.ReserveProject;
import org.greenhub.reserve.domain.ReserveRepository;
import org.greenhub.reserve.domain.Screening;
import org.greenhub.reserve.domain.VerifiedFunder;

/**
 * Test deployments only: the reserve's calls and projects, built through the domain as the declare and review use
 * cases will (those belong to other parts of issue 13), so the funders' tests have listed projects to find.
 */
@ApplicationScoped
public class ReserveFixtures {

    /** What a test varies of a project; the rest is a plausible clean-energy declaration. */
    public record Project(
            String title,
            String summary,
            GreenCategory category,
            String zoneCode,
            ProjectStage stage,
            BigDecimal financingSoughtYuan,
            Set<FinancingInstrument> instruments,
            boolean contactForFunders) {

        public static Project of(String title) {
            return new Project(
                    title,
                    "Rooftop solar on the halls of the park.",
                    GreenCategory.CLEAN_ENERGY,
                    null,
                    ProjectStage.CONSTRUCTION,
                    new BigDecimal("12000000"),
                    Set.of(FinancingInstrument.GREEN_LOAN),
                    true);
        }

        public Project summary(String text) {
            return new Project(
                    title, text, category, zoneCode, stage, financingSoughtYuan, instruments, contactForFunders);
        }

        public Project category(GreenCategory c) {
            return new Project(title, summary, c, zoneCode, stage, financingSoughtYuan, instruments, contactForFunders);
        }

        public Project zone(String code) {
            return new Project(
                    title, summary, category, code, stage, financingSoughtYuan, instruments, contactForFunders);
        }

        public Project stage(ProjectStage s) {
            return new Project(
                    title, summary, category, zoneCode, s, financingSoughtYuan, instruments, contactForFunders);
        }

        public Project financing(String yuan) {
            return new Project(
                    title, summary, category, zoneCode, stage, new BigDecimal(yuan), instruments, contactForFunders);
        }

        public Project instruments(FinancingInstrument... wanted) {
            return new Project(
                    title, summary, category, zoneCode, stage, financingSoughtYuan, Set.of(wanted), contactForFunders);
        }

        public Project contactForFunders(boolean shown) {
            return new Project(title, summary, category, zoneCode, stage, financingSoughtYuan, instruments, shown);
        }
    }

    @Inject
    ReserveRepository reserve;

    @PersistenceContext
    EntityManager em;

    /** A standing call that takes every category and zone and asks for no evidence. */
    @Transactional
    public long standingCall() {
        ReserveCall call = new ReserveCall(
                LocalisedName.of("Standing reserve window", "常年征集", "รับสมัครตลอดปี", "Tiếp nhận thường xuyên"),
                TestTime.today().minusYears(1),
                null,
                new CallRules(Set.of(), Set.of(), Set.of(), Map.of()),
                new GradeBands(new BigDecimal("85"), new BigDecimal("70"), new BigDecimal("60")),
                new ListingTerm(2),
                TestTime.now());
        reserve.add(call);
        return call.getId();
    }

    /** An organisation of the kind financial institution (not verified). */
    @Transactional
    public long institution(String name) {
        Organisation organisation =
                new Organisation(OrganisationKind.FINANCIAL_INSTITUTION, TestData.unique(name), TestTime.now());
        em.persist(organisation);
        return organisation.getId();
    }

    /**
     * Verifies an institution as the administrators' page does (there is no administrator signed in here): the
     * record, and the funder role for the people given.
     */
    @Transactional
    public void verify(long institutionId, InstitutionType type, long... people) {
        em.find(Organisation.class, institutionId).classifyInstitution(type);
        em.persist(new VerifiedFunder(institutionId, null, TestTime.now()));
        for (long person : people) {
            em.find(UserAccount.class, person).grant(Role.FUNDER);
        }
    }

    /** The roles an account holds now. */
    @Transactional
    public Set<Role> roles(long userId) {
        return Set.copyOf(em.find(UserAccount.class, userId).getRoles());
    }

    @Transactional
    public InstitutionType institutionType(long organisationId) {
        return em.find(Organisation.class, organisationId).getInstitutionType();
    }

    /** A project declared and left as a draft. */
    @Transactional
    public long draft(long organisationId, long callId, Project spec) {
        ReserveProject project = ReserveProject.draft(organisationId, callId, declaration(spec), TestTime.now());
        reserve.add(project);
        return project.getId();
    }

    /** A project declared, screened, reviewed and listed today with this grade. */
    @Transactional
    public long listed(long organisationId, long callId, Project spec, Grade grade) {
        return listedOn(organisationId, callId, spec, grade, TestTime.today());
    }

    /** As {@link #listed}, decided on another day (a listing whose validity has ended is not shown). */
    @Transactional
    public long listedOn(long organisationId, long callId, Project spec, Grade grade, LocalDate decidedOn) {
        ReserveCall call = reserve.findCall(callId).orElseThrow();
        ReserveProject project = ReserveProject.draft(organisationId, callId, declaration(spec), TestTime.now());
        project.submit(Screening.screen(project.facts(), call.rules(), Optional.empty()), TestTime.now());
        reserve.add(project);
        project.startReview();
        project.list(grade, call.term(), decidedOn, null);
        return project.getId();
    }

    /** A project reviewed and rejected: never public. */
    @Transactional
    public long rejected(long organisationId, long callId, Project spec) {
        ReserveCall call = reserve.findCall(callId).orElseThrow();
        ReserveProject project = ReserveProject.draft(organisationId, callId, declaration(spec), TestTime.now());
        project.submit(Screening.screen(project.facts(), call.rules(), Optional.empty()), TestTime.now());
        reserve.add(project);
        project.startReview();
        project.reject("Outside the reserve's scope.");
        return project.getId();
    }

    private static ReserveProject.Declaration declaration(Project spec) {
        return new ReserveProject.Declaration(
                spec.title(),
                spec.summary(),
                spec.category(),
                spec.zoneCode(),
                "Suzhou",
                spec.stage(),
                spec.financingSoughtYuan().multiply(new BigDecimal("2")),
                spec.financingSoughtYuan(),
                spec.instruments(),
                new Benefits(new BigDecimal("560.5"), new BigDecimal("3900"), null, null),
                "Yield simulation",
                spec.contactForFunders());
    }
}
