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
import org.greenhub.platform.domain.Period;
import org.greenhub.reserve.application.ReserveCalls;
import org.greenhub.reserve.domain.Benefits;
import org.greenhub.reserve.domain.FinancingInstrument;
import org.greenhub.reserve.domain.Grade;
import org.greenhub.reserve.domain.GreenCategory;
import org.greenhub.reserve.domain.ProjectStage;
import org.greenhub.reserve.domain.ProjectStatus;
import org.greenhub.reserve.domain.ReserveCall;
import org.greenhub.reserve.domain.ReserveProject;
import org.greenhub.reserve.domain.ReserveRepository;
import org.greenhub.reserve.domain.Screening;

/**
 * The reserve review's fixtures: submitted projects made through {@link ReserveRepository} and the entities' own
 * rules (declaring is another part of issue 13; these stand in for it), and reads of a project in a transaction.
 */
@ApplicationScoped
public class ReserveReviewFixtures {

    @Inject
    ReserveRepository reserve;

    @PersistenceContext
    EntityManager em;

    /** A call's settings: every category, bands A 85 / B 70 / C 60, the default term, open from 30 days ago. */
    public static ReserveCalls.Settings settings(String name) {
        return new ReserveCalls.Settings(
                name,
                "绿色项目储备库 " + name,
                "คลังโครงการสีเขียว " + name,
                "Danh mục dự án xanh " + name,
                TestTime.today().minusDays(30),
                null,
                "Asia/Shanghai",
                Set.of(),
                Set.of(),
                Set.of(),
                Set.of(),
                Map.of(Benefits.Figure.CO2_AVOIDED_T, new BigDecimal("1.5")),
                new BigDecimal("85"),
                new BigDecimal("70"),
                new BigDecimal("60"),
                null);
    }

    /** A project declared to the call and submitted (screening passes: the call takes every category and zone). */
    @Transactional
    public long submittedProject(long callId, long organisationId, String title) {
        ReserveCall call = reserve.findCall(callId).orElseThrow();
        ReserveProject project = ReserveProject.draft(
                organisationId,
                callId,
                new ReserveProject.Declaration(
                        title,
                        "Rooftop solar on 12 factory halls, 4.2 MW.",
                        GreenCategory.CLEAN_ENERGY,
                        "SIP",
                        "Suzhou Industrial Park",
                        ProjectStage.CONSTRUCTION,
                        new BigDecimal("20000000"),
                        new BigDecimal("12000000"),
                        Set.of(FinancingInstrument.GREEN_LOAN),
                        new Benefits(new BigDecimal("560.5"), new BigDecimal("3900"), null, null),
                        "Yield simulation, grid factor 0.5703 t/MWh",
                        true),
                TestTime.now());
        project.submit(Screening.screen(project.facts(), call.rules(), Optional.empty()), TestTime.now());
        reserve.add(project);
        return project.getId();
    }

    @Inject
    org.greenhub.platform.files.FileStore files;

    @Inject
    org.greenhub.reserve.domain.ProjectDocumentRepository documents;

    /** Attaches a checked PDF as the project's evidence of this kind, as the owner's upload would. */
    @Transactional
    public void evidence(long projectId, org.greenhub.reserve.domain.EvidenceKind kind, String fileName) {
        org.greenhub.platform.files.domain.StoredFile stored = files.store(fileName, IntakeFixtures.PDF);
        documents.add(new org.greenhub.reserve.domain.ProjectDocument(
                projectId, kind, stored.getId(), stored.getFileName(), TestTime.now()));
    }

    /** A call's rules as stored now. */
    @Transactional
    public org.greenhub.reserve.domain.CallRules rules(long callId) {
        return reserve.findCall(callId).orElseThrow().rules();
    }

    /** Runs the data statements of a migration of the WAR (its {@code insert}, {@code update} and {@code delete}). */
    @Transactional
    public void rerunDataStatements(String migration) {
        String sql;
        try (java.io.InputStream in =
                Thread.currentThread().getContextClassLoader().getResourceAsStream("db/migration/" + migration)) {
            sql = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        String withoutComments = sql.replaceAll("(?m)^\\s*--.*$", "");
        for (String statement : withoutComments.split(";")) {
            String s = statement.strip();
            if (s.startsWith("insert") || s.startsWith("update") || s.startsWith("delete")) {
                TestTime.nativeQuery(em, s).executeUpdate();
            }
        }
    }

    /** The project's subject in its renewal review. */
    @Transactional
    public long renewalSubject(long projectId) {
        return reserve.findProject(projectId).orElseThrow().getRenewalSubjectId();
    }

    /** A project as stored now. */
    public record Stored(ProjectStatus status, Grade grade, Period validity, String reason, Long subjectId) {}

    @Transactional
    public Stored project(long projectId) {
        em.clear();
        ReserveProject p = reserve.findProject(projectId).orElseThrow();
        return new Stored(
                p.getStatus(), p.getGrade(), p.getValidity(), p.getDecisionReason(), p.getEvaluationSubjectId());
    }

    /** Moves a listing's days (as if it had been listed earlier). */
    @Transactional
    public void listedDays(long projectId, LocalDate from, LocalDate until) {
        em.createNativeQuery("update reserve_project set listed_from = ?1, listed_until = ?2 where id = ?3")
                .setParameter(1, from)
                .setParameter(2, until)
                .setParameter(3, projectId)
                .executeUpdate();
    }

    @Transactional
    public long version(long projectId) {
        em.clear();
        return reserve.findProject(projectId).orElseThrow().getVersion();
    }
}
