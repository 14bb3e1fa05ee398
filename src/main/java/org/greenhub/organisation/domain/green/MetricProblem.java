package org.greenhub.organisation.domain.green;

import java.io.Serializable;

/** One thing wrong with a set of green metrics: the field (as named in forms), a message key and its arguments. */
public record MetricProblem(String field, String messageKey, Object... args) implements Serializable {}
