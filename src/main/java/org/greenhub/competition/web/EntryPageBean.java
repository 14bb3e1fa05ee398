package org.greenhub.competition.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.greenhub.competition.application.EligibilityService;
import org.greenhub.competition.application.EligibilityTexts;
import org.greenhub.competition.application.EntryAttachments;
import org.greenhub.competition.application.EntryReview;
import org.greenhub.competition.application.EntryService;
import org.greenhub.competition.application.MetricsRefused;
import org.greenhub.competition.domain.AttachmentKind;
import org.greenhub.competition.domain.CompetitionGroup;
import org.greenhub.competition.domain.EligibilityRule;
import org.greenhub.competition.domain.Entry.Details;
import org.greenhub.competition.domain.EntryStatus;
import org.greenhub.evaluation.application.SubjectComments;
import org.greenhub.organisation.domain.green.GreenMetrics;
import org.greenhub.organisation.domain.green.MetricProblem;
import org.greenhub.organisation.web.GreenChoices;
import org.greenhub.platform.error.DomainException;
import org.greenhub.platform.i18n.FacesMessages;
import org.greenhub.platform.i18n.LocaleSelector;
import org.primefaces.event.FlowEvent;
import org.primefaces.model.file.UploadedFile;

/**
 * One entry, for everyone who may read it. The applicant follows a guided path, each part with its own address
 * ({@code ?id=N&step=details|attachments|review}): the details in a wizard, then the attachments, then a review with
 * the completeness checklist, eligibility and a preview of what the judges will see, where alone the entry is
 * submitted. Afterwards the applicant answers requests, may withdraw and follows the timeline; the edition's managers review it (override a
 * rule with a reason, decide eligibility, ask for information). Anyone else gets 404, judges included: they read an
 * entry through their assignment's scoring page, which keeps a blind round blind.
 */
@Named("entryPage")
@ViewScoped
public class EntryPageBean implements Serializable {

    private static final long serialVersionUID = 1L;

    /** A timeline step as shown. */
    public record Step(EntryStatus status, String at, String note) implements Serializable {}

    /** An information request as shown. */
    public record Request(long id, String question, String deadline, String answer, String answeredAt, boolean open)
            implements Serializable {}

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

    /** The parts of an applicant's path through a draft, in order; each is an address of its own. */
    static final List<String> STEPS = List.of("details", "attachments", "review");

    private Long id;
    private String step;
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
    private List<EntryService.CheckItem> checklist = List.of();
    private EntryPreview preview;
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
        EntryService.EntryPage entry = entries.page(id, CompetitionPages.language(locale));
        version = entry.version();
        reference = entry.reference();
        competitionId = entry.competitionId();
        competitionName = entry.competitionName();
        zone = entry.timeZone();
        deadline = CompetitionPages.time(entry.closesAt(), zone);
        organisation = entry.organisation();
        status = entry.status();
        mayAct = entries.mayAct(id);
        editable = mayAct && status.isEditableByApplicant();
        manager = entries.mayManage(id);
        tracks = new ArrayList<>(CompetitionPages.tracks(entry.tracks()));
        requiredKinds = new ArrayList<>(entry.requiredKinds());
        Details d = entry.details();
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
        timeline = entry.timeline().stream()
                .map(c -> new Step(c.status(), CompetitionPages.time(c.at(), zone), c.note()))
                .toList();
        requests = entry.requests().stream().map(this::request).toList();
        comments = entries.judgeComments(id);
        checklist = editable ? entries.checklist(id) : List.of();
        preview = EntryPreview.of(d, metrics, files, locale.getLocale(), this::attachmentUrl);
    }

    /**
     * Where the browser goes after an action: this entry's page again (with the part it was on), by a redirect so
     * that refresh, back and bookmarks keep working; the messages travel in the Faces flash.
     */
    private String reload(String toStep) {
        messages.keepForRedirect();
        return "/competition/entry?faces-redirect=true&id=" + id + (toStep == null ? "" : "&step=" + toStep);
    }

    /** The part of the page shown: one of {@link #STEPS} while the applicant may edit, else the read-only view. */
    public String getPageStep() {
        if (!editable) {
            return "overview";
        }
        return step != null && STEPS.contains(step) ? step : "details";
    }

    public boolean isComplete() {
        return checklist.stream().allMatch(EntryService.CheckItem::done);
    }

    public long getMissingCount() {
        return checklist.stream().filter(i -> !i.done()).count();
    }

    private Request request(EntryService.RequestLine r) {
        return new Request(
                r.id(),
                r.question(),
                CompetitionPages.time(r.deadline(), zone),
                r.answer(),
                CompetitionPages.time(r.answeredAt(), zone),
                r.open());
    }

    private Details details() {
        return new Details(
                projectTitle,
                group,
                track,
                summary,
                technology,
                market,
                team,
                revenue,
                rdSpend,
                fundingRaised,
                ipDeclared);
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
        return step == null
                ? -1
                : List.of("projectStep", "financeStep", "greenStep").indexOf(step);
    }

    /** The wizard's last step: saves, then goes on to the attachments. */
    public String continueToAttachments() {
        return editable && save(false) ? reload("attachments") : null;
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

    public String submit() {
        try {
            entries.submit(id, version);
            messages.info("competition.entry.submitted");
            return reload(null);
        } catch (MetricsRefused refused) {
            refused.problems().forEach(p -> messages.error(null, p.messageKey(), p.args()));
            messages.error(null, "competition.entry.metricsIncomplete");
        } catch (DomainException refusal) {
            messages.error(null, refusal.messageKey(), translatedArgs(refusal));
        }
        return reload("review");
    }

    private Object[] translatedArgs(DomainException refusal) {
        if ("competition.entry.incomplete.attachment".equals(refusal.messageKey())) {
            return new Object[] {
                messages.text(AttachmentKind.valueOf(String.valueOf(refusal.args()[0]))
                        .messageKey())
            };
        }
        return refusal.args();
    }

    /** A plain (not ajax) post, as file uploads are: always answered by a redirect to the attachments' address. */
    public String uploadFile() {
        try {
            if (upload == null || upload.getSize() == 0) {
                throw DomainException.invalid("upload", "competition.attachment.choose");
            }
            attachments.upload(id, uploadKind, upload.getFileName(), upload.getContent());
            messages.info("competition.attachment.added", upload.getFileName());
        } catch (DomainException refusal) {
            messages.error("uploadForm:upload", refusal.messageKey(), refusal.args());
        } finally {
            upload = null;
        }
        return reload(editable ? "attachments" : null);
    }

    public void removeFile(long attachmentId) {
        try {
            attachments.remove(attachmentId);
            refresh();
        } catch (DomainException refusal) {
            messages.error(null, refusal.messageKey(), refusal.args());
        }
    }

    public String withdraw() {
        try {
            entries.withdraw(id, withdrawNote);
            messages.info("competition.entry.withdrawn");
            return reload(null);
        } catch (DomainException refusal) {
            messages.error(null, refusal.messageKey(), refusal.args());
            return null;
        }
    }

    public String answerRequest() {
        try {
            if (answerRequestId == null) {
                throw DomainException.notFound();
            }
            entries.answer(answerRequestId, answer);
            messages.info("competition.info.answered");
            return reload(null);
        } catch (DomainException refusal) {
            messages.error("answerForm", refusal);
            return null;
        }
    }

    // ---- managers --------------------------------------------------------------------------------------------

    public String askForInformation() {
        try {
            Instant due = questionDeadline == null
                    ? null
                    : questionDeadline.atZone(ZoneId.of(zone)).toInstant();
            if (due == null) {
                throw DomainException.invalid("questionDeadline", "platform.validation.required");
            }
            review.requestInformation(id, question, due);
            messages.info("competition.review.asked");
            return reload(null);
        } catch (DomainException refusal) {
            messages.error("askForm", refusal);
            return null;
        }
    }

    public String override() {
        try {
            if (overrideRule == null) {
                throw DomainException.invalid("overrideRule", "platform.validation.required");
            }
            eligibility.override(id, overrideRule, overrideResult, overrideReason);
            messages.info("competition.review.overridden");
            return reload(null);
        } catch (DomainException refusal) {
            messages.error("overrideForm", refusal);
            return null;
        }
    }

    public String decide(boolean eligible) {
        try {
            review.decide(id, eligible, decisionNote);
            messages.info(eligible ? "competition.review.markedEligible" : "competition.review.markedIneligible");
            return reload(null);
        } catch (DomainException refusal) {
            messages.error("decideForm", refusal);
            return null;
        }
    }

    public String attachmentUrl(long attachmentId) {
        return jakarta.faces.context.FacesContext.getCurrentInstance()
                        .getExternalContext()
                        .getRequestContextPath() + "/api/competition/attachments/" + attachmentId;
    }

    public boolean isMissing(AttachmentKind kind) {
        return files.stream().noneMatch(f -> f.kind() == kind);
    }

    public boolean isAllRulesPass() {
        return rules.stream().allMatch(EligibilityService.RuleView::passed);
    }

    /** Only on the review step, and only once nothing is missing. */
    public boolean isSubmittable() {
        return mayAct && status == EntryStatus.DRAFT && isComplete();
    }

    /** A draft is simply left; withdrawing is for an entry the organisers have received. */
    public boolean isWithdrawable() {
        return mayAct && status != EntryStatus.DRAFT && status.mayWithdraw();
    }

    public boolean isReviewable() {
        return manager
                && (status == EntryStatus.SUBMITTED
                        || status == EntryStatus.ELIGIBLE
                        || status == EntryStatus.INELIGIBLE);
    }

    public String ruleArgs(EligibilityService.RuleView rule) {
        return messages.text(
                rule.reasonKey(), EligibilityTexts.args(rule.reasonKey(), rule.args(), locale.getLocale()));
    }

    public String problemText(MetricProblem problem) {
        return messages.text(problem.messageKey(), problem.args());
    }

    public String size(long bytes) {
        return EntryPreview.size(bytes, locale.getLocale());
    }

    public List<CompetitionGroup> getGroups() {
        return List.of(CompetitionGroup.values());
    }

    public List<AttachmentKind> getAttachmentKinds() {
        return List.of(AttachmentKind.values());
    }

    public List<EligibilityRule> getRuleChoices() {
        return List.of(EligibilityRule.values());
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public String getStep() {
        return step;
    }

    public void setStep(String step) {
        this.step = step;
    }

    public List<EntryService.CheckItem> getChecklist() {
        return checklist;
    }

    public EntryPreview getPreview() {
        return preview;
    }

    public String getReference() {
        return reference;
    }

    public String getCompetitionName() {
        return competitionName;
    }

    public long getCompetitionId() {
        return competitionId;
    }

    public String getZone() {
        return zone;
    }

    public String getDeadline() {
        return deadline;
    }

    public String getOrganisation() {
        return organisation;
    }

    public EntryStatus getStatus() {
        return status;
    }

    public boolean isEditable() {
        return editable;
    }

    public boolean isMayAct() {
        return mayAct;
    }

    public boolean isManager() {
        return manager;
    }

    public List<String> getTracks() {
        return tracks;
    }

    public List<AttachmentKind> getRequiredKinds() {
        return requiredKinds;
    }

    public String getProjectTitle() {
        return projectTitle;
    }

    public void setProjectTitle(String v) {
        this.projectTitle = v;
    }

    public CompetitionGroup getGroup() {
        return group;
    }

    public void setGroup(CompetitionGroup v) {
        this.group = v;
    }

    public String getTrack() {
        return track;
    }

    public void setTrack(String v) {
        this.track = v;
    }

    public String getSummary() {
        return summary;
    }

    public void setSummary(String v) {
        this.summary = v;
    }

    public String getTechnology() {
        return technology;
    }

    public void setTechnology(String v) {
        this.technology = v;
    }

    public String getMarket() {
        return market;
    }

    public void setMarket(String v) {
        this.market = v;
    }

    public String getTeam() {
        return team;
    }

    public void setTeam(String v) {
        this.team = v;
    }

    public BigDecimal getRevenue() {
        return revenue;
    }

    public void setRevenue(BigDecimal v) {
        this.revenue = v;
    }

    public BigDecimal getRdSpend() {
        return rdSpend;
    }

    public void setRdSpend(BigDecimal v) {
        this.rdSpend = v;
    }

    public BigDecimal getFundingRaised() {
        return fundingRaised;
    }

    public void setFundingRaised(BigDecimal v) {
        this.fundingRaised = v;
    }

    public boolean isIpDeclared() {
        return ipDeclared;
    }

    public void setIpDeclared(boolean v) {
        this.ipDeclared = v;
    }

    public GreenMetrics getMetrics() {
        return metrics;
    }

    public List<EligibilityService.RuleView> getRules() {
        return rules;
    }

    public List<EntryAttachments.AttachmentView> getFiles() {
        return files;
    }

    public List<Step> getTimeline() {
        return timeline;
    }

    public List<Request> getRequests() {
        return requests;
    }

    public List<SubjectComments.Comment> getComments() {
        return comments;
    }

    public AttachmentKind getUploadKind() {
        return uploadKind;
    }

    public void setUploadKind(AttachmentKind v) {
        this.uploadKind = v;
    }

    public UploadedFile getUpload() {
        return upload;
    }

    public void setUpload(UploadedFile v) {
        this.upload = v;
    }

    public String getWithdrawNote() {
        return withdrawNote;
    }

    public void setWithdrawNote(String v) {
        this.withdrawNote = v;
    }

    public Long getAnswerRequestId() {
        return answerRequestId;
    }

    public void setAnswerRequestId(Long v) {
        this.answerRequestId = v;
    }

    public String getAnswer() {
        return answer;
    }

    public void setAnswer(String v) {
        this.answer = v;
    }

    public String getQuestion() {
        return question;
    }

    public void setQuestion(String v) {
        this.question = v;
    }

    public LocalDateTime getQuestionDeadline() {
        return questionDeadline;
    }

    public void setQuestionDeadline(LocalDateTime v) {
        this.questionDeadline = v;
    }

    public EligibilityRule getOverrideRule() {
        return overrideRule;
    }

    public void setOverrideRule(EligibilityRule v) {
        this.overrideRule = v;
    }

    public Boolean getOverrideResult() {
        return overrideResult;
    }

    public void setOverrideResult(Boolean v) {
        this.overrideResult = v;
    }

    public String getOverrideReason() {
        return overrideReason;
    }

    public void setOverrideReason(String v) {
        this.overrideReason = v;
    }

    public String getDecisionNote() {
        return decisionNote;
    }

    public void setDecisionNote(String v) {
        this.decisionNote = v;
    }
}
