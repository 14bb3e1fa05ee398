package org.greenhub.competition.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.greenhub.competition.application.EligibilityService;
import org.greenhub.competition.application.EntryAttachments;
import org.greenhub.competition.application.EntryReview;
import org.greenhub.competition.application.EntryService;
import org.greenhub.competition.application.MetricsRefused;
import org.greenhub.competition.domain.AttachmentKind;
import org.greenhub.competition.domain.CompetitionGroup;
import org.greenhub.competition.domain.EligibilityRule;
import org.greenhub.competition.domain.Entry;
import org.greenhub.competition.domain.EntryStatus;
import org.greenhub.competition.domain.InformationRequest;
import org.greenhub.evaluation.application.SubjectComments;
import org.greenhub.organisation.domain.green.GreenMetrics;
import org.greenhub.organisation.domain.green.MetricProblem;
import org.greenhub.organisation.web.GreenChoices;
import org.greenhub.platform.error.DomainException;
import org.greenhub.platform.i18n.FacesMessages;
import org.greenhub.platform.i18n.LocaleSelector;
import org.primefaces.event.FlowEvent;
import org.primefaces.model.file.UploadedFile;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/**
 * One entry, for everyone who may read it: the applicant edits it in a wizard, uploads attachments, sees eligibility
 * live, submits, answers requests, withdraws and follows the timeline; the edition's managers review it (override a
 * rule with a reason, decide eligibility, ask for information). Anyone else gets 404, judges included: they read an
 * entry through their assignment's scoring page, which keeps a blind round blind.
 */
@Named("entryPage")
@ViewScoped
public class EntryPageBean implements Serializable {

    private static final long serialVersionUID = 1L;

    /** A timeline step as shown. */
    public record Step(EntryStatus status, String at, String note) implements Serializable {
    }

    /** An information request as shown. */
    public record Request(long id, String question, String deadline, String answer, String answeredAt, boolean open) implements Serializable {
    }

    @Inject
    EntryService entries;

    @Inject
    EntryReview review;

    @Inject
    EligibilityService eligibility;

    @Inject
    EntryAttachments attachments;

    @Inject
    FacesMessages messages;

    @Inject
    LocaleSelector locale;

    private Long id;
    private long version;
    private String reference;
    private String competitionName;
    private long competitionId;
    private String zone;
    private String deadline;
    private String organisation;
    private EntryStatus status;
    private boolean editable;
    private boolean mayAct;
    private boolean manager;
    private List<String> tracks = List.of();
    private List<AttachmentKind> requiredKinds = List.of();

    // the form
    private String projectTitle;
    private CompetitionGroup group;
    private String track;
    private String summary;
    private String technology;
    private String market;
    private String team;
    private BigDecimal revenue;
    private BigDecimal rdSpend;
    private BigDecimal fundingRaised;
    private boolean ipDeclared;
    private GreenMetrics metrics = new GreenMetrics();

    private List<EligibilityService.RuleView> rules = List.of();
    private List<EntryAttachments.AttachmentView> files = List.of();
    private List<Step> timeline = List.of();
    private List<Request> requests = List.of();
    private List<SubjectComments.Comment> comments = List.of();

    private AttachmentKind uploadKind = AttachmentKind.BUSINESS_PLAN;
    private transient UploadedFile upload;
    private String withdrawNote;
    private Long answerRequestId;
    private String answer;

    // manager actions
    private String question;
    private LocalDateTime questionDeadline;
    private EligibilityRule overrideRule;
    private Boolean overrideResult;
    private String overrideReason;
    private String decisionNote;

    public void load() {
        CompetitionPages.loadOr404(id, this::refresh);
    }

    void refresh() {
        Entry entry = entries.view(id);
        var language = CompetitionPages.language(locale);
        version = entry.getVersion();
        reference = entry.reference();
        competitionId = entry.getCompetition().getId();
        competitionName = entry.getCompetition().text(language).getName();
        zone = entry.getCompetition().getTimeZone();
        deadline = CompetitionPages.time(entry.getCompetition().getSubmissionClosesAt(), zone);
        organisation = entry.getOrganisation().getLegalName();
        status = entry.getStatus();
        mayAct = entries.mayAct(id);
        editable = mayAct && status.isEditableByApplicant();
        manager = entries.mayManage(id);
        tracks = new ArrayList<>(CompetitionPages.tracks(entry.getCompetition().getTracks()));
        requiredKinds = new ArrayList<>(entry.getCompetition().getRequiredAttachments());
        Entry.Details d = entry.details();
        projectTitle = d.projectTitle();
        group = d.group();
        track = d.track();
        summary = d.summary();
        technology = d.technology();
        market = d.market();
        team = d.team();
        revenue = d.revenuePreviousYear();
        rdSpend = d.rdSpend();
        fundingRaised = d.fundingRaised();
        ipDeclared = d.ipOwnershipDeclared();
        metrics = entry.metrics();
        rules = eligibility.live(id);
        files = attachments.list(id);
        timeline = entries.timeline(id).stream()
                .map(c -> new Step(c.getToStatus(), CompetitionPages.time(c.getAt(), zone), c.getNote()))
                .toList();
        requests = entries.requests(id).stream().map(this::request).toList();
        comments = entries.judgeComments(id);
    }

    private Request request(InformationRequest r) {
        return new Request(r.getId(), r.getQuestion(), CompetitionPages.time(r.getDeadline(), zone), r.getAnswer(),
                CompetitionPages.time(r.getAnsweredAt(), zone), r.isOpen());
    }

    private Entry.Details details() {
        return new Entry.Details(projectTitle, group, track, summary, technology, market, team, revenue, rdSpend, fundingRaised, ipDeclared);
    }

    /** Saves the draft at every step of the wizard, so nothing typed is lost and problems show where they are. */
    public String onFlow(FlowEvent event) {
        if (!editable) {
            return event.getOldStep();
        }
        boolean forward = stepIndex(event.getNewStep()) > stepIndex(event.getOldStep());
        if (!save(false) && forward) {
            return event.getOldStep();
        }
        return event.getNewStep();
    }

    private static int stepIndex(String step) {
        return step == null ? -1 : List.of("projectStep", "financeStep", "greenStep", "reviewStep").indexOf(step);
    }

    public void saveDraft() {
        save(true);
    }

    private boolean save(boolean tell) {
        try {
            entries.save(id, details(), metrics, version);
            refresh();
            if (tell) {
                messages.info("competition.entry.saved");
            }
            return true;
        } catch (MetricsRefused refused) {
            for (MetricProblem problem : refused.problems()) {
                messages.error(GreenChoices.clientId("entryForm", problem), problem.messageKey(), problem.args());
            }
            jakarta.faces.context.FacesContext.getCurrentInstance().validationFailed();
            return false;
        } catch (DomainException refusal) {
            messages.error("entryForm", refusal);
            return false;
        }
    }

    public void submit() {
        try {
            entries.submit(id, version);
            refresh();
            messages.info("competition.entry.submitted");
        } catch (MetricsRefused refused) {
            refused.problems().forEach(p -> messages.error(null, p.messageKey(), p.args()));
            messages.error(null, "competition.entry.metricsIncomplete");
        } catch (DomainException refusal) {
            messages.error(null, refusal.messageKey(), translatedArgs(refusal));
        }
    }

    private Object[] translatedArgs(DomainException refusal) {
        if ("competition.entry.incomplete.attachment".equals(refusal.messageKey())) {
            return new Object[]{messages.text(AttachmentKind.valueOf(String.valueOf(refusal.args()[0])).messageKey())};
        }
        return refusal.args();
    }

    public void uploadFile() {
        try {
            if (upload == null || upload.getSize() == 0) {
                throw DomainException.invalid("upload", "competition.attachment.choose");
            }
            attachments.upload(id, uploadKind, upload.getFileName(), upload.getContent());
            messages.info("competition.attachment.added", upload.getFileName());
            refresh();
        } catch (DomainException refusal) {
            messages.error("uploadForm:upload", refusal.messageKey(), refusal.args());
        } finally {
            upload = null;
        }
    }

    public void removeFile(long attachmentId) {
        try {
            attachments.remove(attachmentId);
            refresh();
        } catch (DomainException refusal) {
            messages.error(null, refusal.messageKey(), refusal.args());
        }
    }

    public void withdraw() {
        try {
            entries.withdraw(id, withdrawNote);
            refresh();
            messages.info("competition.entry.withdrawn");
        } catch (DomainException refusal) {
            messages.error(null, refusal.messageKey(), refusal.args());
        }
    }

    public void answerRequest() {
        try {
            if (answerRequestId == null) {
                throw DomainException.notFound();
            }
            entries.answer(answerRequestId, answer);
            answer = null;
            refresh();
            messages.info("competition.info.answered");
        } catch (DomainException refusal) {
            messages.error("answerForm", refusal);
        }
    }

    // ---- managers --------------------------------------------------------------------------------------------

    public void askForInformation() {
        try {
            Instant due = questionDeadline == null ? null : questionDeadline.atZone(ZoneId.of(zone)).toInstant();
            if (due == null) {
                throw DomainException.invalid("questionDeadline", "platform.validation.required");
            }
            review.requestInformation(id, question, due);
            question = null;
            questionDeadline = null;
            refresh();
            messages.info("competition.review.asked");
        } catch (DomainException refusal) {
            messages.error("askForm", refusal);
        }
    }

    public void override() {
        try {
            if (overrideRule == null) {
                throw DomainException.invalid("overrideRule", "platform.validation.required");
            }
            eligibility.override(id, overrideRule, overrideResult, overrideReason);
            overrideReason = null;
            refresh();
            messages.info("competition.review.overridden");
        } catch (DomainException refusal) {
            messages.error("overrideForm", refusal);
        }
    }

    public void decide(boolean eligible) {
        try {
            review.decide(id, eligible, decisionNote);
            decisionNote = null;
            refresh();
            messages.info(eligible ? "competition.review.markedEligible" : "competition.review.markedIneligible");
        } catch (DomainException refusal) {
            messages.error("decideForm", refusal);
        }
    }

    public String attachmentUrl(long attachmentId) {
        return jakarta.faces.context.FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath()
                + "/api/competition/attachments/" + attachmentId;
    }

    public boolean isMissing(AttachmentKind kind) {
        return files.stream().noneMatch(f -> f.kind() == kind);
    }

    public boolean isAllRulesPass() {
        return rules.stream().allMatch(EligibilityService.RuleView::passed);
    }

    public boolean isSubmittable() {
        return mayAct && status == EntryStatus.DRAFT;
    }

    public boolean isWithdrawable() {
        return mayAct && status.mayWithdraw();
    }

    public boolean isReviewable() {
        return manager && (status == EntryStatus.SUBMITTED || status == EntryStatus.ELIGIBLE || status == EntryStatus.INELIGIBLE);
    }

    public String ruleArgs(EligibilityService.RuleView rule) {
        return messages.text(rule.reasonKey(), (Object[]) rule.args());
    }

    public String size(long bytes) {
        return bytes >= 1024 * 1024 ? String.format("%.1f MB", bytes / 1048576.0) : String.format("%d KB", Math.max(1, bytes / 1024));
    }

    public List<CompetitionGroup> getGroups() { return List.of(CompetitionGroup.values()); }
    public List<AttachmentKind> getAttachmentKinds() { return List.of(AttachmentKind.values()); }
    public List<EligibilityRule> getRuleChoices() { return List.of(EligibilityRule.values()); }

    public Long getId() { return id; }
    public void setId(Long id) { this.id = id; }
    public String getReference() { return reference; }
    public String getCompetitionName() { return competitionName; }
    public long getCompetitionId() { return competitionId; }
    public String getZone() { return zone; }
    public String getDeadline() { return deadline; }
    public String getOrganisation() { return organisation; }
    public EntryStatus getStatus() { return status; }
    public boolean isEditable() { return editable; }
    public boolean isMayAct() { return mayAct; }
    public boolean isManager() { return manager; }
    public List<String> getTracks() { return tracks; }
    public List<AttachmentKind> getRequiredKinds() { return requiredKinds; }
    public String getProjectTitle() { return projectTitle; }
    public void setProjectTitle(String v) { this.projectTitle = v; }
    public CompetitionGroup getGroup() { return group; }
    public void setGroup(CompetitionGroup v) { this.group = v; }
    public String getTrack() { return track; }
    public void setTrack(String v) { this.track = v; }
    public String getSummary() { return summary; }
    public void setSummary(String v) { this.summary = v; }
    public String getTechnology() { return technology; }
    public void setTechnology(String v) { this.technology = v; }
    public String getMarket() { return market; }
    public void setMarket(String v) { this.market = v; }
    public String getTeam() { return team; }
    public void setTeam(String v) { this.team = v; }
    public BigDecimal getRevenue() { return revenue; }
    public void setRevenue(BigDecimal v) { this.revenue = v; }
    public BigDecimal getRdSpend() { return rdSpend; }
    public void setRdSpend(BigDecimal v) { this.rdSpend = v; }
    public BigDecimal getFundingRaised() { return fundingRaised; }
    public void setFundingRaised(BigDecimal v) { this.fundingRaised = v; }
    public boolean isIpDeclared() { return ipDeclared; }
    public void setIpDeclared(boolean v) { this.ipDeclared = v; }
    public GreenMetrics getMetrics() { return metrics; }
    public List<EligibilityService.RuleView> getRules() { return rules; }
    public List<EntryAttachments.AttachmentView> getFiles() { return files; }
    public List<Step> getTimeline() { return timeline; }
    public List<Request> getRequests() { return requests; }
    public List<SubjectComments.Comment> getComments() { return comments; }
    public AttachmentKind getUploadKind() { return uploadKind; }
    public void setUploadKind(AttachmentKind v) { this.uploadKind = v; }
    public UploadedFile getUpload() { return upload; }
    public void setUpload(UploadedFile v) { this.upload = v; }
    public String getWithdrawNote() { return withdrawNote; }
    public void setWithdrawNote(String v) { this.withdrawNote = v; }
    public Long getAnswerRequestId() { return answerRequestId; }
    public void setAnswerRequestId(Long v) { this.answerRequestId = v; }
    public String getAnswer() { return answer; }
    public void setAnswer(String v) { this.answer = v; }
    public String getQuestion() { return question; }
    public void setQuestion(String v) { this.question = v; }
    public LocalDateTime getQuestionDeadline() { return questionDeadline; }
    public void setQuestionDeadline(LocalDateTime v) { this.questionDeadline = v; }
    public EligibilityRule getOverrideRule() { return overrideRule; }
    public void setOverrideRule(EligibilityRule v) { this.overrideRule = v; }
    public Boolean getOverrideResult() { return overrideResult; }
    public void setOverrideResult(Boolean v) { this.overrideResult = v; }
    public String getOverrideReason() { return overrideReason; }
    public void setOverrideReason(String v) { this.overrideReason = v; }
    public String getDecisionNote() { return decisionNote; }
    public void setDecisionNote(String v) { this.decisionNote = v; }
}
