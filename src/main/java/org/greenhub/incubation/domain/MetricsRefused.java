package org.greenhub.incubation.domain;

import java.util.List;
import org.greenhub.organisation.domain.green.MetricProblem;
import org.greenhub.platform.error.DomainException;

/** Green metrics that are missing, negative or absurd: every problem, so each can be shown beside its field. */
public class MetricsRefused extends DomainException {

    private static final long serialVersionUID = 1L;

    private final List<MetricProblem> problems;

    public MetricsRefused(List<MetricProblem> problems) {
        super(
                Kind.INVALID,
                "incubation.application.metricsInvalid",
                problems.isEmpty() ? null : problems.get(0).field());
        this.problems = List.copyOf(problems);
    }

    public List<MetricProblem> problems() {
        return problems;
    }
}
