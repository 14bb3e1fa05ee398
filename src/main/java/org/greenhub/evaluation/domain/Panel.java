package org.greenhub.evaluation.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Set;
import org.greenhub.account.domain.UserAccount;
import org.greenhub.platform.domain.BaseEntity;
import org.greenhub.platform.text.TextRules;

/** A judging panel of a round; optionally only for one track and/or group. */
@Entity
@Table(name = "round_panel")
public class Panel extends BaseEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "round_id")
    private EvaluationRound round;

    @Column(nullable = false)
    private String name;

    private String track;

    @Column(name = "group_name")
    private String groupName;

    @ManyToMany
    @JoinTable(
            name = "round_panel_judge",
            joinColumns = @JoinColumn(name = "panel_id"),
            inverseJoinColumns = @JoinColumn(name = "judge_id"))
    private Set<UserAccount> judges = new LinkedHashSet<>();

    protected Panel() {}

    public Panel(EvaluationRound round, String name, String track, String groupName) {
        this.round = round;
        this.name = TextRules.name("name", name, 200);
        this.track = TextRules.optionalName("track", track, 80);
        this.groupName = TextRules.optionalName("groupName", groupName, 80);
    }

    /** Whether this panel judges the subject: no track/group set means every subject. */
    public boolean covers(EvaluationSubject subject) {
        return covers(track, groupName, subject.getTrack(), subject.getGroupName());
    }

    /**
     * The same rule on plain values, for readers that load panels and subjects as rows: a panel's track or group, when
     * set, must be the subject's.
     */
    public static boolean covers(String panelTrack, String panelGroup, String subjectTrack, String subjectGroup) {
        return (panelTrack == null || panelTrack.equals(subjectTrack))
                && (panelGroup == null || panelGroup.equals(subjectGroup));
    }

    public boolean addJudge(UserAccount judge) {
        return judges.add(judge);
    }

    public boolean removeJudge(UserAccount judge) {
        return judges.remove(judge);
    }

    public EvaluationRound getRound() {
        return round;
    }

    public String getName() {
        return name;
    }

    public String getTrack() {
        return track;
    }

    public String getGroupName() {
        return groupName;
    }

    public Set<UserAccount> getJudges() {
        return Collections.unmodifiableSet(judges);
    }
}
