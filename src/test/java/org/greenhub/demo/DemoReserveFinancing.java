package org.greenhub.demo;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.greenhub.organisation.domain.Organisation;
import org.greenhub.platform.files.FileStore;
import org.greenhub.platform.i18n.LocalisedName;
import org.greenhub.reserve.domain.Benefits;
import org.greenhub.reserve.domain.CallRules;
import org.greenhub.reserve.domain.Financing;
import org.greenhub.reserve.domain.FinancingInstrument;
import org.greenhub.reserve.domain.FinancingRepository;
import org.greenhub.reserve.domain.Grade;
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
 * The reserve's financing demo: a standing reserve call that names the programme manager (陈静) as its reserve
 * manager, and the battery start-up's recycling line, listed fourteen months ago (so its first year is over), financed
 * by a green loan from the demo investor, with that first year's results reported. Its owner (赵敏) opens
 * {@code /reserve/financing.xhtml?project=}, the manager {@code /reserve/manage/dashboard.xhtml}. Built through the
 * entities' rules and the reserve's repositories, since declaring and review are built in parallel.
 */
@ApplicationScoped
public class DemoReserveFinancing {

    @Inject
    ReserveRepository reserve;

    @Inject
    FinancingRepository financing;

    @Inject
    FileStore files;

    @Inject
    Clock clock;

    void load(DemoData.Cast cast, Organisation funder) {
        Instant now = Instant.now(clock);
        LocalDate today = LocalDate.ofInstant(now, ZoneOffset.UTC);
        LocalDate listed = today.minusMonths(14);
        ReserveCall call = new ReserveCall(
                LocalisedName.of(
                        "Green project reserve: standing call",
                        "绿色项目储备库常年征集",
                        "ประกาศรับโครงการคลังโครงการสีเขียว (ตลอดปี)",
                        "Đợt tiếp nhận dự án xanh thường xuyên"),
                today.minusYears(2),
                null,
                new CallRules(Set.of(), Set.of(), Set.of(), Map.of()),
                new GradeBands(new BigDecimal("85"), new BigDecimal("70"), new BigDecimal("60")),
                ListingTerm.DEFAULT,
                now);
        reserve.add(call);
        financing.addCallManager(call.getId(), cast.manager().getId());

        ReserveProject project = ReserveProject.draft(
                cast.battery().getId(),
                call.getId(),
                new ReserveProject.Declaration(
                        "动力电池梯次利用与回收产线 Battery second-life and recycling line",
                        "A line that tests retired EV batteries, reuses good modules in storage cabinets and recovers"
                                + " lithium, nickel and cobalt from the rest.",
                        GreenCategory.CLEAN_PRODUCTION,
                        // declared for the park's zone record: the zone's indicators and report count its financing
                        "SIP",
                        "Suzhou Industrial Park",
                        ProjectStage.CONSTRUCTION,
                        new BigDecimal("26000000"),
                        new BigDecimal("15000000"),
                        Set.of(FinancingInstrument.GREEN_LOAN, FinancingInstrument.EQUITY),
                        new Benefits(new BigDecimal("1200"), new BigDecimal("8500"), null, new BigDecimal("3000")),
                        "Throughput of 3,000 t of packs a year, against primary production of the recovered metals",
                        false),
                now);
        project.submit(Screening.screen(project.facts(), call.rules(), Optional.empty()), now);
        reserve.add(project);
        project.startReview();
        project.list(Grade.A, call.term(), listed, null);

        long contract = files.store(
                        "green-loan-contract.pdf",
                        DemoFiles.pdf(
                                "Green loan contract (demo)",
                                List.of(
                                        "Lender: Evergreen Climate Capital. Borrower: the battery recycling start-up.",
                                        "Amount: 9,000,000 yuan, green loan, five years.")))
                .getId();
        financing.add(Financing.record(
                project,
                List.of(),
                new Financing.Part(
                        FinancingInstrument.GREEN_LOAN,
                        new BigDecimal("9000000"),
                        listed.plusDays(45),
                        funder.getId(),
                        null),
                contract,
                null,
                today,
                now));
        financing.add(ProjectResult.report(
                project,
                ResultSchedule.of(call.term(), listed),
                true,
                Set.of(),
                listed.getYear(),
                new Benefits(new BigDecimal("310.5"), new BigDecimal("2240"), null, new BigDecimal("780")),
                null,
                today,
                now));
    }
}
