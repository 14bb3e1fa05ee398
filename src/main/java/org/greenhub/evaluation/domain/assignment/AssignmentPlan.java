package org.greenhub.evaluation.domain.assignment;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What the planner proposes: the new (subject, judge) pairs, in a stable order, and every judge's resulting load
 * (kept assignments included).
 */
public record AssignmentPlan(List<AssignmentPlanner.Pair> planned, Map<Long, Integer> loads) {

    public AssignmentPlan {
        planned = List.copyOf(planned);
        loads = Collections.unmodifiableMap(new TreeMap<>(loads));
    }

    public List<Long> judgesOf(long subjectId) {
        return planned.stream()
                .filter(p -> p.subjectId() == subjectId)
                .map(AssignmentPlanner.Pair::judgeId)
                .sorted()
                .toList();
    }

    public int load(long judgeId) {
        return loads.getOrDefault(judgeId, 0);
    }
}
