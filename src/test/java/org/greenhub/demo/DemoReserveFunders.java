package org.greenhub.demo;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.greenhub.account.domain.Role;
import org.greenhub.account.domain.UserAccount;
import org.greenhub.organisation.domain.Affiliation;
import org.greenhub.organisation.domain.AffiliationRole;
import org.greenhub.organisation.domain.InstitutionType;
import org.greenhub.organisation.domain.Organisation;
import org.greenhub.organisation.domain.OrganisationKind;
import org.greenhub.platform.i18n.Language;
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
import org.greenhub.reserve.domain.Screening;
import org.greenhub.reserve.domain.VerifiedFunder;

/**
 * The reserve's funder side of the demo: a verified bank with its funder ({@code funder@demo.greenhub.local}) and two
 * listed projects of the demo's companies in a standing call, built through the domain (the reserve's declare and
 * review use cases belong to other parts of issue 13). Persisted directly, like the rest of the demo.
 */
@ApplicationScoped
public class DemoReserveFunders {

    @PersistenceContext
    EntityManager em;

    void load(DemoData.Cast cast, String passwordHash, Instant now) {
        LocalDate today = LocalDate.ofInstant(now, ZoneOffset.UTC);
        Organisation bank = new Organisation(OrganisationKind.FINANCIAL_INSTITUTION, "Jiangsu Green Bank", now);
        bank.describe(
                new Organisation.Details(
                        OrganisationKind.FINANCIAL_INSTITUTION,
                        "Jiangsu Green Bank",
                        "江苏绿色银行股份有限公司",
                        null,
                        null,
                        "Suzhou",
                        "Green finance",
                        "https://green-bank.example"),
                now);
        bank.classifyInstitution(InstitutionType.BANK);
        em.persist(bank);
        UserAccount funder = UserAccount.invite(
                "funder@demo.greenhub.local", "刘洋 Liu Yang", Language.CHINESE, EnumSet.of(Role.FUNDER), now);
        funder.acceptInvitation(passwordHash, now);
        em.persist(funder);
        em.persist(new Affiliation(bank, funder, AffiliationRole.EMPLOYEE, today.minusYears(3), now));
        em.persist(new VerifiedFunder(bank.getId(), null, now));

        ReserveCall call = new ReserveCall(
                LocalisedName.of(
                        "Suzhou green project reserve (standing window)",
                        "苏州绿色项目储备库（常年征集）",
                        "คลังโครงการสีเขียวซูโจว (รับสมัครตลอดปี)",
                        "Danh mục dự án xanh Tô Châu (tiếp nhận thường xuyên)"),
                today.minusMonths(6),
                null,
                new CallRules(Set.of(), Set.of(), Set.of(), Map.of()),
                new GradeBands(new BigDecimal("85"), new BigDecimal("70"), new BigDecimal("60")),
                new ListingTerm(2),
                now);
        em.persist(call);
        listed(
                cast.lvyuan(),
                call,
                new ReserveProject.Declaration(
                        "工业园区屋顶分布式光伏 4.2 MW",
                        "在园区12栋厂房屋顶建设4.2兆瓦分布式光伏，所发电量自用为主、余电上网。",
                        GreenCategory.CLEAN_ENERGY,
                        "SIP",
                        "苏州工业园区",
                        ProjectStage.CONSTRUCTION,
                        new BigDecimal("20000000"),
                        new BigDecimal("12000000"),
                        Set.of(FinancingInstrument.GREEN_LOAN, FinancingInstrument.GREEN_BOND),
                        new Benefits(new BigDecimal("1450"), new BigDecimal("3900"), null, null),
                        "Yield simulation with 20 years of irradiance data",
                        true),
                Grade.A,
                today.minusMonths(1),
                now);
        listed(
                cast.battery(),
                call,
                new ReserveProject.Declaration(
                        "退役动力电池梯次利用储能站",
                        "利用退役动力电池建设5 MWh储能站，为园区企业削峰填谷。",
                        GreenCategory.ENERGY_SAVING_AND_ENVIRONMENTAL_PROTECTION,
                        "SIP",
                        "苏州工业园区",
                        ProjectStage.PILOT,
                        new BigDecimal("8000000"),
                        new BigDecimal("5000000"),
                        Set.of(FinancingInstrument.EQUITY, FinancingInstrument.GUIDANCE_FUND),
                        new Benefits(new BigDecimal("320"), new BigDecimal("860"), null, new BigDecimal("410")),
                        "Measured on the pilot line",
                        false),
                Grade.B,
                today.minusDays(10),
                now);
    }

    private void listed(
            Organisation owner,
            ReserveCall call,
            ReserveProject.Declaration declaration,
            Grade grade,
            LocalDate decidedOn,
            Instant now) {
        ReserveProject project = ReserveProject.draft(owner.getId(), call.getId(), declaration, now);
        project.submit(Screening.screen(project.facts(), call.rules(), Optional.empty()), now);
        em.persist(project);
        project.startReview();
        project.list(grade, call.term(), decidedOn, null);
    }
}
