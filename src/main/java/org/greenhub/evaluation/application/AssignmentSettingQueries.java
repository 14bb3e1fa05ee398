package org.greenhub.evaluation.application;

import java.util.List;
import java.util.Set;

/**
 * What automatic assignment reads of a round, as plain rows: ids and the few fields the planner and the conflict rules
 * need, a fixed number of queries whatever the round's size. Loading 1,000 subjects and 100 accounts with their roles
 * as entities (and dirty-checking them at every later query) was most of the time `preview` and `apply` took.
 */
public interface AssignmentSettingQueries {

    /** A subject of the round: what the planner labels, spreads and checks for conflicts. */
    record SubjectRow(long id, String reference, String track, String groupName, long organisationId) {}

    /** A panel of the round and the part of the round it judges (null: every track, every group). */
    record PanelRow(long id, String track, String groupName) {}

    /** A judge on a panel. */
    record PanelJudgeRow(long panelId, long judgeId) {}

    /** The round's subjects. */
    List<SubjectRow> subjects(long roundId);

    /** The round's panels, oldest first. */
    List<PanelRow> panels(long roundId);

    /** Every (panel, judge) of the round. */
    List<PanelJudgeRow> panelJudges(long roundId);

    /** The round's panel judges whose account holds the judge role now. */
    Set<Long> panelJudgesWithJudgeRole(long roundId);
}
