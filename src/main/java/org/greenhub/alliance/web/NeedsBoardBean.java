package org.greenhub.alliance.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.greenhub.alliance.application.MembershipQueries;
import org.greenhub.alliance.application.NeedsBoard;
import org.greenhub.platform.error.DomainException;
import org.greenhub.platform.i18n.FacesMessages;
import org.greenhub.platform.i18n.Language;
import org.greenhub.platform.i18n.LocaleSelector;
import org.greenhub.platform.web.PageRefusals;

/** The technical-needs board of the alliance of one membership: read, publish a need, answer others'. */
@Named("needsBoard")
@ViewScoped
public class NeedsBoardBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    NeedsBoard board;

    @Inject
    MembershipQueries queries;

    @Inject
    LocaleSelector locale;

    @Inject
    FacesMessages messages;

    private Long membershipId;
    private MembershipQueries.MembershipView membership;
    private List<NeedsBoard.NeedRow> needs;
    private String title;
    private String body;
    private final Map<Long, String> answers = new HashMap<>();

    public void load() throws IOException {
        try {
            if (membershipId == null) {
                throw DomainException.notFound();
            }
            membership = queries.view(membershipId, Language.of(locale.getLocale()));
            needs = board.board(membership.allianceId(), 100);
        } catch (DomainException refusal) {
            PageRefusals.refuseHidingForbidden(refusal);
        }
    }

    public void publish() {
        try {
            board.publish(membershipId, title, body);
            title = null;
            body = null;
            needs = board.board(membership.allianceId(), 100);
            messages.info("alliance.needs.published");
        } catch (DomainException refusal) {
            messages.error("needForm", refusal);
        }
    }

    public void answer(long needId) {
        try {
            board.answer(needId, membershipId, answers.get(needId));
            answers.remove(needId);
            needs = board.board(membership.allianceId(), 100);
            messages.info("alliance.needs.answered");
        } catch (DomainException refusal) {
            messages.error((String) null, refusal.messageKey(), refusal.args());
        }
    }

    public void close(long needId) {
        try {
            board.close(needId, membershipId);
            needs = board.board(membership.allianceId(), 100);
        } catch (DomainException refusal) {
            messages.error((String) null, refusal.messageKey(), refusal.args());
        }
    }

    public Long getMembershipId() {
        return membershipId;
    }

    public void setMembershipId(Long membershipId) {
        this.membershipId = membershipId;
    }

    public MembershipQueries.MembershipView getMembership() {
        return membership;
    }

    public List<NeedsBoard.NeedRow> getNeeds() {
        return needs;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getBody() {
        return body;
    }

    public void setBody(String body) {
        this.body = body;
    }

    public Map<Long, String> getAnswers() {
        return answers;
    }
}
