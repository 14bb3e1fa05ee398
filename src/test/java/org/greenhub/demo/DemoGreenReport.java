package org.greenhub.demo;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.Set;
import org.greenhub.account.domain.Role;
import org.greenhub.account.domain.UserAccount;
import org.greenhub.account.domain.UserAccountRepository;
import org.greenhub.organisation.domain.Organisation;
import org.greenhub.platform.i18n.Language;
import org.greenhub.zone.application.GreenReportFigures;
import org.greenhub.zone.domain.Declaration;
import org.greenhub.zone.domain.DeclarationFigures;
import org.greenhub.zone.domain.GreenReport;
import org.greenhub.zone.domain.GreenReportTexts;
import org.greenhub.zone.domain.Zone;

/**
 * Suzhou Industrial Park's published annual green development report for last year (issue 12): the water company's
 * accepted declarations from the zone's base year on (CO2 peaking in the third year), a second zone administrator
 * ({@code zone2@demo.greenhub.local}) who approved what {@code zone@demo.greenhub.local} sent, in four languages.
 */
@ApplicationScoped
public class DemoGreenReport {

    @Inject
    UserAccountRepository accounts;

    @Inject
    GreenReportFigures figures;

    @PersistenceContext
    EntityManager em;

    /** Electricity (MWh) and natural gas (m³) of the water company per year from the base year, value added rising. */
    private static final String[][] SERIES = {
        {"5200", "3100", "210000"},
        {"5600", "3350", "232000"},
        {"6100", "3500", "241000"},
        {"6500", "3420", "236000"},
        {"7000", "3300", "224000"},
        {"7600", "3150", "215000"},
        {"8100", "3050", "206000"}
    };

    public void load(Zone park, UserAccount author, Organisation water, UserAccount filer, String hash, Instant now) {
        UserAccount second = UserAccount.invite(
                "zone2@demo.greenhub.local", "吴昊 Wu Hao", Language.CHINESE, EnumSet.of(Role.ZONE_ADMINISTRATOR), now);
        second.acceptInvitation(hash, now);
        accounts.add(second);
        park.setAdministrators(Set.of(author.getId(), second.getId()));

        int last = LocalDate.ofInstant(now, ZoneOffset.UTC).getYear() - 1;
        Instant filed = now.minus(Duration.ofDays(60));
        for (int year = park.getBaseYear(), i = 0; year <= last; year++, i = Math.min(i + 1, SERIES.length - 1)) {
            Declaration declaration = Declaration.file(
                    park.getId(), water.getId(), year, last + 1, figures(SERIES[i]), filer.getId(), filed);
            declaration.accept(author.getId(), filed.plus(Duration.ofDays(3)));
            em.persist(declaration);
        }
        em.flush();

        GreenReport report = GreenReport.start(park.getId(), last, last + 1, author.getId(), filed);
        report.write(GreenReportTexts.of(
                "Suzhou Industrial Park kept growing while the CO2 of each 10,000 yuan of value added fell.",
                "苏州工业园区持续发展，万元工业增加值二氧化碳排放量稳步下降。",
                "นิคมอุตสาหกรรมซูโจวเติบโตต่อเนื่อง ขณะที่ก๊าซคาร์บอนไดออกไซด์ต่อมูลค่าเพิ่ม 10,000 หยวนลดลง",
                "Khu công nghiệp Tô Châu tiếp tục tăng trưởng trong khi CO2 trên 10.000 nhân dân tệ giá trị gia tăng giảm.",
                "The water company replaced its gas boilers with heat pumps and buys green electricity.",
                "水务公司以热泵替代燃气锅炉，并采购绿色电力。",
                "บริษัทน้ำประปาเปลี่ยนหม้อไอน้ำก๊าซเป็นปั๊มความร้อนและซื้อไฟฟ้าสีเขียว",
                "Công ty cấp nước thay nồi hơi khí bằng bơm nhiệt và mua điện xanh.",
                "Rooftop solar on every new factory, and an energy declaration from every enterprise.",
                "新建厂房全部安装屋顶光伏，所有企业按时完成能源申报。",
                "ติดตั้งโซลาร์บนหลังคาโรงงานใหม่ทุกแห่ง และให้ทุกกิจการรายงานการใช้พลังงาน",
                "Lắp điện mặt trời mái nhà cho mọi nhà máy mới, và mọi doanh nghiệp kê khai năng lượng."));
        GreenReportFigures.Frozen frozen = figures.freeze(park, last).orElseThrow();
        report.submit(
                author.getId(),
                frozen.dataPack(),
                frozen.sha256(),
                frozen.reportData(),
                filed.plus(Duration.ofDays(10)));
        report.approve(second.getId(), filed.plus(Duration.ofDays(12)));
        report.publish(second.getId(), filed.plus(Duration.ofDays(12)));
        em.persist(report);
    }

    private static DeclarationFigures figures(String[] year) {
        java.util.function.Function<String, BigDecimal> n = BigDecimal::new;
        BigDecimal valueAdded = n.apply(year[0]);
        return new DeclarationFigures(
                valueAdded,
                valueAdded.multiply(new BigDecimal("3.4")),
                valueAdded.multiply(new BigDecimal("0.6")),
                n.apply(year[1]),
                n.apply(year[1]).multiply(new BigDecimal("0.2")),
                BigDecimal.ZERO,
                n.apply(year[2]),
                null,
                null,
                null,
                null,
                null,
                null,
                new BigDecimal("41000"),
                new BigDecimal("12500"),
                new BigDecimal("310"),
                new BigDecimal("295"),
                new BigDecimal("4.1"),
                new BigDecimal("0.4"),
                null,
                null,
                null,
                null,
                true,
                true);
    }
}
