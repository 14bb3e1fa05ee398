package org.greenhub.competition.application;

import java.util.List;
import org.greenhub.organisation.domain.green.MetricProblem;
import org.greenhub.platform.error.DomainException;

/** Green metrics refused: every problem with its field, so the form can show each beside its input. */
public class MetricsRefused extends DomainException {

    private final transient List<MetricProblem> problems;

    public MetricsRefused(List<MetricProblem> problems) {
        super(
                Kind.INVALID,
                problems.get(0).messageKey(),
                problems.get(0).field(),
                problems.get(0).args());
        this.problems = List.copyOf(problems);
    }

    public List<MetricProblem> problems() {
        return problems;
    }
}
