package org.greenhub.demo;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.greenhub.platform.i18n.LocalisedName;
import org.greenhub.reserve.domain.Benefits;
import org.greenhub.reserve.domain.CallRules;
import org.greenhub.reserve.domain.FinancingInstrument;
import org.greenhub.reserve.domain.GradeBands;
import org.greenhub.reserve.domain.GreenCategory;
import org.greenhub.reserve.domain.ListingTerm;
import org.greenhub.reserve.domain.ProjectStage;
import org.greenhub.reserve.domain.ReserveCall;
import org.greenhub.reserve.domain.ReserveProject;
import org.greenhub.reserve.domain.ReserveRepository;
import org.greenhub.reserve.domain.Screening;

/**
 * The reserve's declaring demo: a call open today (from a month ago to two months ahead) that requires no evidence
 * and flags more than 5 t of CO2 avoided a year per 10,000 yuan invested; a Vietnamese start-up's draft, and a
 * Chinese start-up's submitted project whose estimate screening flagged for the reviewers. Built through the
 * entities' rules and {@link ReserveRepository} (startup has no signed-in owner to declare through the use case).
 */
@ApplicationScoped
public class DemoReserve {

    @Inject
    ReserveRepository reserve;

    @Inject
    Clock clock;

    void load(DemoData.Cast cast, String parkCode) {
        Instant now = Instant.now(clock);
        LocalDate today = LocalDate.now(clock);
        ReserveCall call = new ReserveCall(
                LocalisedName.of(
                        "Green project reserve: 2026 call",
                        "绿色项目储备库 2026 年度征集",
                        "คลังโครงการสีเขียว: รอบรับสมัครปี 2026",
                        "Danh mục dự án xanh: đợt tiếp nhận năm 2026"),
                today.minusMonths(1),
                today.plusMonths(2),
                new CallRules(Set.of(), Set.of(), Set.of(), Map.of(Benefits.Figure.CO2_AVOIDED_T, new BigDecimal("5"))),
                new GradeBands(new BigDecimal("85"), new BigDecimal("70"), new BigDecimal("60")),
                ListingTerm.DEFAULT,
                now);
        reserve.add(call);

        reserve.add(ReserveProject.draft(
                cast.xanh().getId(),
                call.getId(),
                new ReserveProject.Declaration(
                        "Hệ thống tái sử dụng nước thải cho làng nghề dệt nhuộm",
                        "Xử lý và tái sử dụng 60% nước thải của 40 cơ sở dệt nhuộm bằng màng lọc sinh học, giảm nước"
                                + " ngầm khai thác và chất thải ra sông.",
                        GreenCategory.ECOLOGICAL_ENVIRONMENT,
                        null,
                        "Làng nghề Vạn Phúc, Hà Đông, Hà Nội",
                        ProjectStage.PILOT,
                        new BigDecimal("3600000"),
                        new BigDecimal("2000000"),
                        EnumSet.of(FinancingInstrument.GREEN_LOAN, FinancingInstrument.GUIDANCE_FUND),
                        new Benefits(null, null, new BigDecimal("180000"), new BigDecimal("95")),
                        "Đo lưu lượng nước thải của 5 cơ sở thí điểm trong 6 tháng, nhân cho 40 cơ sở.",
                        false),
                now));

        ReserveProject submitted = ReserveProject.draft(
                cast.lvyuan().getId(),
                call.getId(),
                new ReserveProject.Declaration(
                        "园区屋顶分布式光伏与储能项目",
                        "在园区 12 栋厂房屋顶建设 3.2 MW 分布式光伏，配套 2 MWh 储能，所发电量优先供园区企业自用。",
                        GreenCategory.CLEAN_ENERGY,
                        parkCode,
                        "苏州工业园区星湖街 218 号",
                        ProjectStage.CONSTRUCTION,
                        new BigDecimal("14500000"),
                        new BigDecimal("9000000"),
                        EnumSet.of(FinancingInstrument.GREEN_LOAN, FinancingInstrument.GREEN_BOND),
                        new Benefits(new BigDecimal("1150"), new BigDecimal("8200"), null, null),
                        "按当地年等效利用小时 1,150 小时测算发电量，乘以华东电网排放因子。",
                        true),
                now);
        reserve.add(submitted);
        // 8,200 t on 14.5 million yuan is 5.66 t per 10,000 yuan: above the call's 5 t, so the reviewers see a flag
        submitted.submit(Screening.screen(submitted.facts(), call.rules(), Optional.empty()), now);
    }
}
