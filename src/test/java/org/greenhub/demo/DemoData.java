package org.greenhub.demo;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.logging.Logger;
import org.greenhub.account.application.AdministratorBootstrap;
import org.greenhub.account.application.PasswordHasher;
import org.greenhub.account.domain.Role;
import org.greenhub.account.domain.UserAccount;
import org.greenhub.account.domain.UserAccountRepository;
import org.greenhub.organisation.domain.Affiliation;
import org.greenhub.organisation.domain.AffiliationRole;
import org.greenhub.organisation.domain.Organisation;
import org.greenhub.organisation.domain.OrganisationKind;
import org.greenhub.organisation.domain.OrganisationRepository;
import org.greenhub.platform.config.GreenHubConfig;
import org.greenhub.platform.i18n.Language;
import org.greenhub.platform.persistence.ClusterLock;

/**
 * A small, realistic data set for trying GreenHub out (GREENHUB_DEMO_DATA=true, the run command's default):
 * organisations named in Chinese, Thai, Vietnamese and English, and one or two people of every role. Loaded once;
 * the accounts are listed in the README.
 */
@ApplicationScoped
public class DemoData {

    /** Every demo account signs in with this password (documented in the README; never use demo data in production). */
    public static final String PASSWORD = "GreenHub-Demo-2026";

    private static final String MARKER = "manager@demo.greenhub.local";
    private static final Logger LOG = Logger.getLogger(DemoData.class.getName());

    @Inject
    GreenHubConfig config;

    @Inject
    UserAccountRepository accounts;

    @Inject
    OrganisationRepository organisations;

    @Inject
    PasswordHasher hasher;

    @Inject
    ClusterLock clusterLock;

    @Inject
    Clock clock;

    @Inject
    org.greenhub.competition.application.EntryReferences entryReferences;

    @Inject
    org.greenhub.incubation.residency.application.ResidencyService residencies;

    @Inject
    DemoCompetitions competitions;

    @Inject
    DemoIntake intake;

    @Inject
    DemoReserveFunders reserveFunders;

    @Inject
    DemoGreenReport greenReport;

    @Inject
    DemoZoneDashboard zoneDashboard;

    @Inject
    DemoReserveCalls reserveCalls;

    @Inject
    DemoReserve reserve;

    @Inject
    DemoReserveFinancing reserveFinancing;

    @PersistenceContext
    EntityManager em;

    /** The demo's people and organisations, handed to the programme loaders. */
    record Cast(
            UserAccount manager,
            UserAccount manager2,
            UserAccount judgeTech,
            UserAccount judgeInvestor,
            UserAccount judgeVn,
            UserAccount founderCn,
            UserAccount founderTh,
            UserAccount founderVn,
            UserAccount founderWater,
            UserAccount founderBattery,
            UserAccount founderBio,
            Organisation lvyuan,
            Organisation greenEnergy,
            Organisation xanh,
            Organisation water,
            Organisation battery,
            Organisation bio,
            Organisation zone) {}

    // At startup no request is active, but the services the loaders call (FileStore, the audit trail) ask the
    // request-scoped CurrentUser who acts; a request context of its own lets them hear "nobody" instead of failing.
    @jakarta.enterprise.context.control.ActivateRequestContext
    @Transactional
    void load(
            @Observes @Priority(AdministratorBootstrap.PRIORITY + 10) @Initialized(ApplicationScoped.class)
                    Object event) {
        if (!config.demoData()) {
            return;
        }
        clusterLock.acquireForTransaction("greenhub.demo");
        if (accounts.emailTaken(MARKER)) {
            return;
        }
        Instant now = Instant.now(clock);
        String hash = hasher.hash(PASSWORD);

        UserAccount manager = person(
                "manager@demo.greenhub.local",
                "陈静 Chen Jing",
                Language.CHINESE,
                EnumSet.of(Role.PROGRAMME_MANAGER),
                hash,
                now);
        UserAccount coordinator = person(
                "coordinator@demo.greenhub.local",
                "Somchai Prasert สมชาย ประเสริฐ",
                Language.THAI,
                EnumSet.of(Role.ALLIANCE_COORDINATOR),
                hash,
                now);
        UserAccount judgeTech = person(
                "judge.tech@demo.greenhub.local", "王磊 Wang Lei", Language.CHINESE, EnumSet.of(Role.JUDGE), hash, now);
        UserAccount judgeInvestor = person(
                "judge.investor@demo.greenhub.local",
                "Maria Schmidt",
                Language.ENGLISH,
                EnumSet.of(Role.JUDGE),
                hash,
                now);
        UserAccount judgeVn = person(
                "judge.vn@demo.greenhub.local",
                "Trần Văn Minh",
                Language.VIETNAMESE,
                EnumSet.of(Role.JUDGE),
                hash,
                now);
        UserAccount founderCn = person(
                "founder@demo.greenhub.local", "李伟 Li Wei", Language.CHINESE, EnumSet.of(Role.APPLICANT), hash, now);
        UserAccount founderTh = person(
                "founder.th@demo.greenhub.local",
                "Napat Wongsa นภัส วงศ์สา",
                Language.THAI,
                EnumSet.of(Role.APPLICANT),
                hash,
                now);
        UserAccount founderVn = person(
                "founder.vn@demo.greenhub.local",
                "Nguyễn Thị Hương",
                Language.VIETNAMESE,
                EnumSet.of(Role.APPLICANT),
                hash,
                now);
        UserAccount manager2 = person(
                "manager2@demo.greenhub.local",
                "Pimchanok Suwan พิมพ์ชนก สุวรรณ",
                Language.THAI,
                EnumSet.of(Role.PROGRAMME_MANAGER),
                hash,
                now);
        UserAccount founderWater = person(
                "founder.water@demo.greenhub.local",
                "Phạm Quốc Bảo",
                Language.VIETNAMESE,
                EnumSet.of(Role.APPLICANT),
                hash,
                now);
        UserAccount founderBattery = person(
                "founder.battery@demo.greenhub.local",
                "赵敏 Zhao Min",
                Language.CHINESE,
                EnumSet.of(Role.APPLICANT),
                hash,
                now);
        UserAccount founderBio = person(
                "founder.bio@demo.greenhub.local",
                "Kanya Srisuk กัญญา ศรีสุข",
                Language.THAI,
                EnumSet.of(Role.APPLICANT),
                hash,
                now);

        // The zone the demo's start-ups are registered in, and its administrator (issue 12's first pages).
        UserAccount zoneAdministrator = person(
                "zone@demo.greenhub.local",
                "周敏 Zhou Min",
                Language.CHINESE,
                EnumSet.of(Role.ZONE_ADMINISTRATOR),
                hash,
                now);
        org.greenhub.zone.domain.Zone suzhouIndustrialPark = new org.greenhub.zone.domain.Zone(
                "SIP",
                new org.greenhub.zone.domain.Zone.Details(
                        "Suzhou Industrial Park",
                        "苏州工业园区",
                        "นิคมอุตสาหกรรมซูโจว",
                        "Khu công nghiệp Tô Châu",
                        org.greenhub.zone.domain.ZoneLevel.NATIONAL,
                        "江苏 Jiangsu",
                        "苏州 Suzhou",
                        new java.math.BigDecimal("278")),
                now);
        suzhouIndustrialPark.setAdministrators(Set.of(zoneAdministrator.getId()));
        em.persist(suzhouIndustrialPark);

        Organisation lvyuan = organisation(
                OrganisationKind.START_UP,
                "Lvyuan Environmental Technology (Suzhou) Co., Ltd.",
                "绿源环保科技（苏州）有限公司",
                "91320594MA1XYW1234",
                LocalDate.of(2025, 4, 18),
                "苏州工业园区 Suzhou Industrial Park",
                "Energy saving and environmental protection",
                now);
        Organisation greenEnergy = organisation(
                OrganisationKind.START_UP,
                "Green Energy Solutions Co., Ltd.",
                "บริษัท กรีน เอนเนอร์จี โซลูชั่นส์ จำกัด",
                "0105566012345",
                LocalDate.of(2024, 9, 2),
                "Bangkok Science Park",
                "Clean energy",
                now);
        Organisation xanh = organisation(
                OrganisationKind.START_UP,
                "Viet Green Materials JSC",
                "Công ty Cổ phần Vật liệu Xanh Việt",
                "0316789012",
                LocalDate.of(2025, 1, 6),
                "Khu Công nghệ cao TP.HCM",
                "Resource recovery and recycling",
                now);
        Organisation incubator = organisation(
                OrganisationKind.INCUBATOR_OPERATOR,
                "Suzhou Green Industry Incubator",
                "苏州绿色产业孵化器有限公司",
                "91320594MA1ABC5678",
                LocalDate.of(2016, 6, 1),
                "苏州工业园区 Suzhou Industrial Park",
                "Incubation services",
                now);
        Organisation university = organisation(
                OrganisationKind.UNIVERSITY,
                "Jiangnan Institute of Technology",
                "江南理工大学",
                null,
                LocalDate.of(1958, 9, 1),
                null,
                "Higher education",
                now);
        Organisation investor = organisation(
                OrganisationKind.INVESTOR,
                "Evergreen Climate Capital",
                null,
                null,
                LocalDate.of(2012, 3, 15),
                null,
                "Venture capital",
                now);
        Organisation zone = organisation(
                OrganisationKind.GOVERNMENT_BODY,
                "Suzhou Industrial Park Administrative Committee",
                "苏州工业园区管理委员会",
                null,
                null,
                "苏州工业园区 Suzhou Industrial Park",
                "Zone administration",
                now);

        Organisation water = organisation(
                OrganisationKind.START_UP,
                "Mekong Water Reuse Co., Ltd.",
                "Công ty TNHH Tái sử dụng Nước Mekong",
                "0317654321",
                LocalDate.of(2024, 3, 12),
                "苏州工业园区 Suzhou Industrial Park",
                "Water treatment",
                now);
        Organisation battery = organisation(
                OrganisationKind.START_UP,
                "Suzhou Second-Life Battery Technology Co., Ltd.",
                "苏州梯次电池科技有限公司",
                "91320594MA1BAT2024",
                LocalDate.of(2021, 5, 20),
                "苏州工业园区 Suzhou Industrial Park",
                "Battery recycling",
                now);
        Organisation bio = organisation(
                OrganisationKind.START_UP,
                "Siam Bio-Packaging Co., Ltd.",
                "บริษัท สยาม ไบโอแพ็กเกจจิ้ง จำกัด",
                "0105567054321",
                LocalDate.of(2024, 11, 4),
                "苏州工业园区 Suzhou Industrial Park",
                "Packaging",
                now);
        affiliate(water, founderWater, AffiliationRole.FOUNDER, LocalDate.of(2024, 3, 12), now);
        affiliate(battery, founderBattery, AffiliationRole.FOUNDER, LocalDate.of(2021, 5, 20), now);
        affiliate(bio, founderBio, AffiliationRole.FOUNDER, LocalDate.of(2024, 11, 4), now);
        affiliate(zone, manager2, AffiliationRole.EMPLOYEE, LocalDate.of(2021, 2, 1), now);
        affiliate(lvyuan, founderCn, AffiliationRole.FOUNDER, LocalDate.of(2025, 4, 18), now);
        affiliate(greenEnergy, founderTh, AffiliationRole.FOUNDER, LocalDate.of(2024, 9, 2), now);
        affiliate(xanh, founderVn, AffiliationRole.FOUNDER, LocalDate.of(2025, 1, 6), now);
        affiliate(university, judgeTech, AffiliationRole.EMPLOYEE, LocalDate.of(2010, 9, 1), now);
        affiliate(investor, judgeInvestor, AffiliationRole.EMPLOYEE, LocalDate.of(2018, 1, 1), now);
        affiliate(university, judgeVn, AffiliationRole.ADVISOR, LocalDate.of(2023, 1, 1), now);
        affiliate(zone, manager, AffiliationRole.EMPLOYEE, LocalDate.of(2019, 7, 1), now);
        affiliate(incubator, coordinator, AffiliationRole.MANAGER, LocalDate.of(2020, 3, 1), now);
        // the organisations registered in Suzhou Industrial Park point at its zone record (their text goes)
        for (Organisation inPark : List.of(lvyuan, incubator, zone, water, battery, bio)) {
            inPark.placeIn(suzhouIndustrialPark.getId());
        }
        demoDeclarations(suzhouIndustrialPark, zoneAdministrator, battery, founderBattery, lvyuan, founderCn, now);
        // the dashboard's declarations first: the published report counts them
        zoneDashboard.seed(suzhouIndustrialPark, zoneAdministrator, battery, founderBattery, bio, founderBio, now);
        DemoZoneDeadlines.seed(em, suzhouIndustrialPark, now);
        Cast cast = new Cast(
                manager,
                manager2,
                judgeTech,
                judgeInvestor,
                judgeVn,
                founderCn,
                founderTh,
                founderVn,
                founderWater,
                founderBattery,
                founderBio,
                lvyuan,
                greenEnergy,
                xanh,
                water,
                battery,
                bio,
                zone);
        demoAlliance(coordinator, incubator, lvyuan, university, greenEnergy, founderTh, now);
        applicationsAtEachStage(coordinator, xanh, water, battery, bio, now);
        org.greenhub.incubation.domain.Incubator suzhou = incubatorWithOpenCall(incubator, manager, now);
        suzhou.placeIn(suzhouIndustrialPark.getId());
        em.flush();
        competitions.load(cast);
        intake.load(suzhou, cast);
        reserve.load(cast, suzhouIndustrialPark.getCode());
        reserveFunders.load(cast, hash, now);
        reserveCalls.load(cast);
        reserveFinancing.load(cast, investor);
        residentsWithReports(incubator, manager, greenEnergy, founderTh, xanh, founderVn, now);
        // the report last: its frozen figures count the programmes' results (awards, residents, the reserve)
        em.flush();
        greenReport.load(suzhouIndustrialPark, zoneAdministrator, water, founderWater, hash, now);
        LOG.info("Demo data loaded: see the README for the demo accounts (password " + PASSWORD + ").");
    }

    /** The alliance feature's demo: one alliance, two active members with dues, an application in review, a coming event. */
    private void demoAlliance(
            UserAccount coordinator,
            Organisation lead,
            Organisation memberCn,
            Organisation memberUni,
            Organisation applicantTh,
            UserAccount founderTh,
            Instant now) {
        org.greenhub.alliance.domain.Alliance alliance = new org.greenhub.alliance.domain.Alliance(
                "GEA",
                new org.greenhub.alliance.domain.Alliance.Names(
                        "Green Energy Innovation Alliance",
                        "绿色能源产业创新联盟",
                        "พันธมิตรนวัตกรรมอุตสาหกรรมพลังงานสีเขียว",
                        "Liên minh đổi mới sáng tạo năng lượng xanh"),
                15,
                now);
        alliance.describe(org.greenhub.organisation.domain.green.GreenFocusArea.CLEAN_ENERGY, lead);
        alliance.setCoordinators(Set.of(coordinator.getId()));
        em.persist(alliance);
        // each name in the four languages (the per-language columns of V641), not one bilingual string
        org.greenhub.platform.i18n.LocalisedInput[] names = {
            four("Chair unit", "理事长单位", "หน่วยงานประธาน", "Đơn vị chủ tịch"),
            four("Vice-chair unit", "副理事长单位", "หน่วยงานรองประธาน", "Đơn vị phó chủ tịch"),
            four("Council member unit", "理事单位", "หน่วยงานกรรมการ", "Đơn vị ủy viên hội đồng"),
            four("Ordinary member unit", "普通成员单位", "หน่วยงานสมาชิกสามัญ", "Đơn vị thành viên thường")
        };
        int[] dues = {80000, 50000, 30000, 10000};
        java.util.List<org.greenhub.alliance.domain.MemberCategory> categories = new java.util.ArrayList<>();
        for (int i = 0; i < names.length; i++) {
            var category = new org.greenhub.alliance.domain.MemberCategory(
                    alliance, i, names[i], java.math.BigDecimal.valueOf(dues[i]));
            em.persist(category);
            categories.add(category);
        }
        LocalDate today = LocalDate.ofInstant(now, java.time.ZoneOffset.UTC);
        var contacts = new org.greenhub.alliance.domain.Membership.Contacts(
                "alliance@lvyuan.example", null, true, false, true);
        for (Organisation member : java.util.List.of(memberCn, memberUni)) {
            var m = org.greenhub.alliance.domain.Membership.apply(
                    alliance,
                    member,
                    categories.get(member == memberCn ? 3 : 2),
                    new org.greenhub.alliance.domain.Membership.Application(null, contacts),
                    now,
                    null);
            em.persist(m);
            em.persist(m.firstChange(now, null));
            em.persist(m.forwardToCouncil(null, now, null));
            em.persist(m.councilDecides(
                    new org.greenhub.alliance.domain.CouncilDecision(today.minusDays(30), 12, 0, 1),
                    null,
                    today,
                    now,
                    null));
            m.recordAgreementSigned(today.minusDays(20), today);
            var paid = new org.greenhub.alliance.domain.DuesPayment.Dues(
                    m.getCategory().getAnnualDues(), today.minusDays(20), "DEMO-" + member.getId());
            em.persist(new org.greenhub.alliance.domain.DuesPayment(m, paid, today, now, null));
            em.persist(m.duesPaid(paid.paidOn(), alliance.takeMemberNumber(today.getYear()), now, null));
        }
        var applicant =
                new org.greenhub.alliance.domain.MembershipChange.Actor(founderTh.getId(), founderTh.getEmail());
        var application = org.greenhub.alliance.domain.Membership.apply(
                alliance,
                applicantTh,
                categories.get(3),
                new org.greenhub.alliance.domain.Membership.Application(
                        "Rooftop solar and storage for industrial parks.",
                        org.greenhub.alliance.domain.Membership.Contacts.none()),
                now,
                applicant);
        em.persist(application);
        em.persist(application.firstChange(now, applicant));
        em.persist(new org.greenhub.alliance.domain.MemberSeat(
                application, founderTh, org.greenhub.alliance.domain.SeatRole.REPRESENTATIVE, today, now));
        em.persist(new org.greenhub.alliance.domain.AllianceEvent(
                alliance,
                new org.greenhub.alliance.domain.AllianceEvent.Details(
                        org.greenhub.alliance.domain.EventKind.CAPITAL_MATCHING,
                        four(
                                "Capital-matching meeting: clean-energy projects",
                                "清洁能源项目资本对接会",
                                "การประชุมจับคู่เงินทุน: โครงการพลังงานสะอาด",
                                "Hội nghị kết nối vốn: dự án năng lượng sạch"),
                        now.plus(java.time.Duration.ofDays(21)),
                        four("Suzhou Industrial Park", "苏州工业园区", "นิคมอุตสาหกรรมซูโจว", "Khu công nghiệp Tô Châu"),
                        60,
                        new org.greenhub.platform.i18n.LocalisedInput()),
                now));
    }

    /**
     * Annual declarations to Suzhou Industrial Park (issue 12): the battery maker's accepted declaration for the year
     * before last and last year's waiting for review; Lvyuan's for last year returned with a reason.
     */
    private void demoDeclarations(
            org.greenhub.zone.domain.Zone park,
            UserAccount reviewer,
            Organisation battery,
            UserAccount batteryFounder,
            Organisation lvyuan,
            UserAccount lvyuanFounder,
            Instant now) {
        int thisYear = LocalDate.ofInstant(now, java.time.ZoneOffset.UTC).getYear();
        Instant filed = now.minus(java.time.Duration.ofDays(20));
        org.greenhub.zone.domain.Declaration older = org.greenhub.zone.domain.Declaration.file(
                park.getId(),
                battery.getId(),
                thisYear - 2,
                thisYear,
                declared("8650", "31200", "6100", "4200", "900", "0", "185000", "12.4", "3.1", "760"),
                batteryFounder.getId(),
                filed.minus(java.time.Duration.ofDays(365)));
        older.accept(reviewer.getId(), filed.minus(java.time.Duration.ofDays(350)));
        em.persist(older);
        em.persist(org.greenhub.zone.domain.Declaration.file(
                park.getId(),
                battery.getId(),
                thisYear - 1,
                thisYear,
                declared("9480", "34800", "7350", "4350", "1250", "0", "176000", "11.8", "2.9", "820"),
                batteryFounder.getId(),
                filed));
        org.greenhub.zone.domain.Declaration returned = org.greenhub.zone.domain.Declaration.file(
                park.getId(),
                lvyuan.getId(),
                thisYear - 1,
                thisYear,
                declared("1260", "3900", "2900", "410", "120", "0", "26000000", "0", "0.6", "0"),
                lvyuanFounder.getId(),
                filed);
        returned.returnForCorrection(
                "天然气 26,000,000 立方米与贵公司的规模不符，请核实计量单位（应为立方米，而非升）。",
                reviewer.getId(),
                filed.plus(java.time.Duration.ofDays(2)));
        em.persist(returned);
    }

    /** A demo declaration's figures: output, energy by carrier, and typical water, waste and pollutant figures. */
    private static org.greenhub.zone.domain.DeclarationFigures declared(
            String valueAdded,
            String grossOutput,
            String greenOutput,
            String electricity,
            String green,
            String coal,
            String gas,
            String diesel,
            String gasoline,
            String heat) {
        java.util.function.Function<String, java.math.BigDecimal> n = java.math.BigDecimal::new;
        return new org.greenhub.zone.domain.DeclarationFigures(
                n.apply(valueAdded),
                n.apply(grossOutput),
                n.apply(greenOutput),
                n.apply(electricity),
                n.apply(green),
                n.apply(coal),
                n.apply(gas),
                n.apply(diesel),
                n.apply(gasoline),
                n.apply(heat),
                null,
                null,
                null,
                new java.math.BigDecimal("52000"),
                new java.math.BigDecimal("18500"),
                new java.math.BigDecimal("240"),
                new java.math.BigDecimal("221"),
                new java.math.BigDecimal("1.8"),
                new java.math.BigDecimal("0.21"),
                new java.math.BigDecimal("0.05"),
                new java.math.BigDecimal("0.9"),
                new java.math.BigDecimal("1.2"),
                new java.math.BigDecimal("0.3"),
                true,
                true);
    }

    /** Incubation intake: the Suzhou incubator, managed by the demo manager, with a published call open for two months. */
    private org.greenhub.incubation.domain.Incubator incubatorWithOpenCall(
            Organisation operator, UserAccount manager, Instant now) {
        java.util.Map<Language, String> names = new java.util.EnumMap<>(Language.class);
        names.put(Language.ENGLISH, "Suzhou Green Industry Incubator");
        names.put(Language.CHINESE, "苏州绿色产业孵化器");
        names.put(Language.THAI, "ศูนย์บ่มเพาะอุตสาหกรรมสีเขียวซูโจว");
        names.put(Language.VIETNAMESE, "Vườn ươm công nghiệp xanh Tô Châu");
        org.greenhub.incubation.domain.Incubator incubator = new org.greenhub.incubation.domain.Incubator(
                new org.greenhub.incubation.domain.Incubator.Details(
                        operator,
                        org.greenhub.incubation.domain.IncubatorKind.GREEN_PROFESSIONAL_INCUBATOR,
                        names,
                        EnumSet.of(
                                org.greenhub.organisation.domain.green.GreenFocusArea
                                        .ENERGY_SAVING_ENVIRONMENTAL_PROTECTION,
                                org.greenhub.organisation.domain.green.GreenFocusArea.CLEAN_ENERGY,
                                org.greenhub.organisation.domain.green.GreenFocusArea.RESOURCE_RECOVERY_RECYCLING),
                        "苏州工业园区 Suzhou Industrial Park",
                        new java.math.BigDecimal("12000"),
                        240,
                        EnumSet.allOf(org.greenhub.incubation.domain.IncubatorServiceKind.class),
                        java.util.List.of(
                                new org.greenhub.incubation.domain.Mentor(
                                        "周敏 Zhou Min", "Battery recycling, pilot lines", null),
                                new org.greenhub.incubation.domain.Mentor("Anan Chaiyo", "Green finance", null))),
                now);
        incubator.addManager(manager.getId());
        em.persist(incubator);
        org.greenhub.incubation.domain.IntakeCall call = new org.greenhub.incubation.domain.IntakeCall(
                incubator,
                new org.greenhub.incubation.domain.IntakeCall.Terms(
                        four(
                                "Green start-up intake 2027",
                                "2027年绿色初创企业入孵招募",
                                "รับสมัครสตาร์ทอัพสีเขียวเข้าบ่มเพาะ 2027",
                                "Tuyển doanh nghiệp khởi nghiệp xanh vào vườn ươm 2027"),
                        four(
                                "Twelve places for green start-ups: shared lab, testing and pilot line, mentors and investor days.",
                                "为绿色初创企业提供十二个名额：共享实验室、检验检测与中试线、创业导师和投资人日。",
                                "สิบสองที่สำหรับสตาร์ทอัพสีเขียว: ห้องปฏิบัติการร่วม การทดสอบและสายการผลิตนำร่อง พี่เลี้ยงธุรกิจ และวันพบนักลงทุน",
                                "Mười hai suất cho doanh nghiệp khởi nghiệp xanh: phòng thí nghiệm dùng chung, thử nghiệm và dây chuyền sản xuất thử, cố vấn và ngày gặp nhà đầu tư."),
                        now.minus(java.time.Duration.ofDays(7)),
                        now.plus(java.time.Duration.ofDays(60)),
                        12,
                        24,
                        14),
                now);
        call.publish();
        em.persist(call);
        return incubator;
    }

    /**
     * Alliance applications at every stage the coordinator handles: information requested, before the council,
     * approved (waiting for the signed agreement and the first dues) and rejected; the submitted one is the Thai founder's.
     */
    private void applicationsAtEachStage(
            UserAccount coordinator,
            Organisation infoRequested,
            Organisation inCouncil,
            Organisation approved,
            Organisation rejected,
            Instant now) {
        var alliance = em.createQuery(
                        "select a from Alliance a where a.code = 'GEA'", org.greenhub.alliance.domain.Alliance.class)
                .getSingleResult();
        var category = em.createQuery(
                        "select c from MemberCategory c where c.alliance = :a order by c.position desc",
                        org.greenhub.alliance.domain.MemberCategory.class)
                .setParameter("a", alliance)
                .setMaxResults(1)
                .getSingleResult();
        var secretariat =
                new org.greenhub.alliance.domain.MembershipChange.Actor(coordinator.getId(), coordinator.getEmail());
        LocalDate today = LocalDate.ofInstant(now, java.time.ZoneOffset.UTC);
        java.util.function.BiFunction<Organisation, String, org.greenhub.alliance.domain.Membership> apply =
                (organisation, motivation) -> {
                    var m = org.greenhub.alliance.domain.Membership.apply(
                            alliance,
                            organisation,
                            category,
                            new org.greenhub.alliance.domain.Membership.Application(
                                    motivation, org.greenhub.alliance.domain.Membership.Contacts.none()),
                            now.minus(java.time.Duration.ofDays(12)),
                            null);
                    em.persist(m);
                    em.persist(m.firstChange(now.minus(java.time.Duration.ofDays(12)), null));
                    return m;
                };
        var info = apply.apply(
                infoRequested,
                "Recycled-plastic boards for the members' plant renovations. Tấm ván nhựa tái chế cho các nhà máy thành viên.");
        em.persist(info.requestInformation(
                "Please send the latest audited financial statement and the business licence.",
                now.minus(java.time.Duration.ofDays(5)),
                secretariat));
        var council = apply.apply(inCouncil, "Water reuse for members' cooling towers.");
        em.persist(council.forwardToCouncil(
                "Complete; on the agenda of the next council meeting.",
                now.minus(java.time.Duration.ofDays(4)),
                secretariat));
        var admitted = apply.apply(
                approved, "Second-life batteries as backup storage for members' solar plants. 梯次电池为成员光伏电站提供储能。");
        em.persist(admitted.forwardToCouncil(null, now.minus(java.time.Duration.ofDays(9)), secretariat));
        em.persist(admitted.councilDecides(
                new org.greenhub.alliance.domain.CouncilDecision(today.minusDays(3), 11, 0, 1),
                null,
                today,
                now.minus(java.time.Duration.ofDays(3)),
                secretariat));
        var refused = apply.apply(rejected, "Compostable packaging for members' canteens.");
        em.persist(refused.reject(
                "Packaging is outside the alliance's clean-energy focus; the zone's circular-economy alliance fits better.",
                now.minus(java.time.Duration.ofDays(6)),
                secretariat));
    }

    /**
     * Residency: three residents of the Suzhou incubator with quarterly reports (one graduated by investment, one with
     * two reports unfiled, the older one always overdue, one up to date with the current quarter's report due next),
     * milestones and a manager's comment. Dates count back from the current quarter, so the demo looks the same on any day.
     */
    private void residentsWithReports(
            Organisation operator,
            UserAccount manager,
            Organisation greenEnergy,
            UserAccount founderTh,
            Organisation xanh,
            UserAccount founderVn,
            Instant now) {
        long incubatorId = em.createQuery("select i.id from Incubator i where i.operator = :o", Long.class)
                .setParameter("o", operator)
                .getSingleResult();
        LocalDate today = LocalDate.now(clock);
        LocalDate quarter = today.withDayOfMonth(1).withMonth((today.getMonthValue() - 1) / 3 * 3 + 1);
        Organisation carbon = organisation(
                OrganisationKind.START_UP,
                "Jiangsu Carbon Capture Materials Co., Ltd.",
                "江苏碳捕集材料有限公司",
                "91320594MA1CCM0042",
                LocalDate.of(2022, 8, 1),
                "苏州工业园区 Suzhou Industrial Park",
                "New materials",
                now);
        org.greenhub.incubation.residency.domain.Residency graduate = demoResidency(
                incubatorId, carbon, null, manager, quarter.minusMonths(36), 10, "300000", "1000000", today, now);
        LocalDate graduatedOn = quarter.minusMonths(6).minusDays(1);
        graduate.graduate(
                org.greenhub.incubation.residency.domain.GraduationCriterion.INVESTMENT,
                graduatedOn,
                "Series A of 13.5 million yuan (agreement on file).",
                today);
        em.createQuery("delete from PeriodicReport p where p.residency = :r and p.status = :s and p.periodStart > :d")
                .setParameter("r", graduate)
                .setParameter("s", org.greenhub.incubation.residency.domain.ReportStatus.EXPECTED)
                .setParameter("d", graduatedOn)
                .executeUpdate();
        for (var period : org.greenhub.incubation.residency.domain.ReportSchedule.alumni(graduatedOn)) {
            em.persist(new org.greenhub.incubation.residency.domain.PeriodicReport(graduate, period));
        }
        org.greenhub.incubation.residency.domain.Residency thai = demoResidency(
                incubatorId,
                greenEnergy,
                founderTh,
                manager,
                quarter.minusMonths(18),
                4,
                "420000",
                "250000",
                today,
                now);
        thai.arrange(new org.greenhub.incubation.residency.domain.Residency.Terms(
                org.greenhub.incubation.residency.domain.SpaceKind.WORKSTATIONS,
                new java.math.BigDecimal("40"),
                6,
                "B2-204",
                "周敏 Zhou Min",
                EnumSet.of(
                        org.greenhub.incubation.domain.IncubatorServiceKind.SHARED_LAB,
                        org.greenhub.incubation.domain.IncubatorServiceKind.MENTORING)));
        em.persist(new org.greenhub.incubation.residency.domain.Milestone(
                thai,
                four(
                        "Pilot customers (rooftop PV + storage)",
                        "试点客户（屋顶光伏 + 储能）",
                        "ลูกค้านำร่อง (โซลาร์รูฟท็อป + ระบบกักเก็บพลังงาน)",
                        "Khách hàng thí điểm (điện mặt trời áp mái + lưu trữ)"),
                four("customers", "家客户", "ราย", "khách hàng"),
                new java.math.BigDecimal("5"),
                today.plusMonths(4),
                now));
        em.persist(new org.greenhub.incubation.residency.domain.Milestone(
                thai,
                four(
                        "Certified energy-management product",
                        "通过认证的能源管理产品",
                        "ผลิตภัณฑ์บริหารจัดการพลังงานที่ได้รับการรับรอง",
                        "Sản phẩm quản lý năng lượng được chứng nhận"),
                four("certificates", "项证书", "ใบรับรอง", "chứng nhận"),
                java.math.BigDecimal.ONE,
                quarter.minusMonths(2),
                now));
        org.greenhub.incubation.residency.domain.Residency viet = demoResidency(
                incubatorId, xanh, founderVn, manager, quarter.minusMonths(12), 4, "180000", "0", today, now);
        viet.arrange(new org.greenhub.incubation.residency.domain.Residency.Terms(
                org.greenhub.incubation.residency.domain.SpaceKind.LABORATORY,
                new java.math.BigDecimal("60"),
                4,
                "Lab 3",
                "Anan Chaiyo",
                EnumSet.of(
                        org.greenhub.incubation.domain.IncubatorServiceKind.PILOT_LINE,
                        org.greenhub.incubation.domain.IncubatorServiceKind.TESTING_INSPECTION)));
        em.persist(new org.greenhub.incubation.residency.domain.Milestone(
                viet,
                four(
                        "Recycled-plastic board pilot line",
                        "再生塑料板中试线",
                        "สายการผลิตนำร่องแผ่นพลาสติกรีไซเคิล",
                        "Dây chuyền sản xuất thử tấm nhựa tái chế"),
                four("lines", "条", "สาย", "dây chuyền"),
                java.math.BigDecimal.ONE,
                today.plusMonths(18),
                now));
    }

    /**
     * The residency of {@code organisation} started on {@code start} with its first {@code filed} quarterly reports filed
     * (revenue growing from {@code revenue}, {@code investment} raised each quarter), the last one commented.
     */
    private org.greenhub.incubation.residency.domain.Residency demoResidency(
            long incubatorId,
            Organisation organisation,
            UserAccount founder,
            UserAccount manager,
            LocalDate start,
            int filed,
            String revenue,
            String investment,
            LocalDate today,
            Instant now) {
        long id = residencies.startFromOffer(incubatorId, organisation.getId(), start, "demo");
        List<org.greenhub.incubation.residency.domain.PeriodicReport> reports = em.createQuery(
                        "select p from PeriodicReport p where p.residency.id = :r order by p.periodStart",
                        org.greenhub.incubation.residency.domain.PeriodicReport.class)
                .setParameter("r", id)
                .setMaxResults(filed)
                .getResultList();
        java.math.BigDecimal base = new java.math.BigDecimal(revenue);
        for (int q = 0; q < reports.size(); q++) {
            var m = new org.greenhub.incubation.residency.domain.ReportMetrics();
            m.setRevenue(
                    base.multiply(java.math.BigDecimal.valueOf(10 + 3L * q)).divide(java.math.BigDecimal.TEN));
            m.setEmployees(8 + 2 * q);
            m.setRndStaff(3 + q);
            m.setRndSpend(new java.math.BigDecimal(60000 + 10000 * q));
            m.setPatentsFiled(q % 2);
            m.setPatentsGranted(q == 3 ? 1 : 0);
            m.setInvestmentRaised(new java.math.BigDecimal(investment));
            m.setEnergyUseMwh(new java.math.BigDecimal(20 + 2 * q));
            m.setEmissionsAvoidedTco2e(new java.math.BigDecimal(35 + 12 * q));
            m.setWaterReusedM3(new java.math.BigDecimal(300 + 40 * q));
            m.setWasteRecycledTonnes(new java.math.BigDecimal(4 + q));
            reports.get(q).file(m, null, founder == null ? null : founder.getId(), now, today);
        }
        if (founder != null && !reports.isEmpty()) {
            reports.get(reports.size() - 1)
                    .comment(
                            "Good quarter. Please attach the audited statement with the next report. 本季度进展良好。",
                            manager.getId(),
                            now);
        }
        return em.find(org.greenhub.incubation.residency.domain.Residency.class, id);
    }

    private UserAccount person(
            String email, String name, Language language, Set<Role> roles, String hash, Instant now) {
        UserAccount account = UserAccount.invite(email, name, language, roles, now);
        account.acceptInvitation(hash, now);
        return accounts.add(account);
    }

    private Organisation organisation(
            OrganisationKind kind,
            String legalName,
            String registeredName,
            String code,
            LocalDate founded,
            String zone,
            String sector,
            Instant now) {
        Organisation organisation = new Organisation(kind, legalName, now);
        organisation.describe(
                new Organisation.Details(kind, legalName, registeredName, code, founded, zone, sector, null), now);
        return organisations.add(organisation);
    }

    private void affiliate(
            Organisation organisation, UserAccount person, AffiliationRole role, LocalDate from, Instant now) {
        organisations.addAffiliation(new Affiliation(organisation, person, role, from, now));
    }

    /** A demo text in the four UI languages. */
    private static org.greenhub.platform.i18n.LocalisedInput four(String en, String zh, String th, String vi) {
        org.greenhub.platform.i18n.LocalisedInput text = new org.greenhub.platform.i18n.LocalisedInput();
        text.setEn(en);
        text.setZh(zh);
        text.setTh(th);
        text.setVi(vi);
        return text;
    }
}
