package org.greenhub.reserve.api;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Locale;
import org.greenhub.platform.api.Problem;
import org.greenhub.platform.api.ProblemFactory;
import org.greenhub.reserve.application.ProjectDeclaring;
import org.greenhub.reserve.domain.Screening;
import org.greenhub.reserve.domain.ScreeningRefused;

/**
 * A screening refusal as the reserve's resources answer it: a 422 problem naming the first reason's field, with every
 * reason in {@code errors}, each in the caller's language (declaring and submitting refuse alike).
 */
final class ScreeningProblems {

    private ScreeningProblems() {}

    static Response refusal(
            ScreeningRefused refused, ProjectDeclaring declaring, ProblemFactory problems, HttpHeaders headers) {
        Locale locale = problems.locale(headers);
        List<Problem.FieldError> errors = refused.reasons().stream()
                .map(reason ->
                        new Problem.FieldError(reason.field(), reason.messageKey(), declaring.text(reason, locale)))
                .toList();
        Screening.Finding first = refused.reasons().get(0);
        return problems.problem(
                        422,
                        first.messageKey(),
                        first.field(),
                        errors,
                        locale,
                        first.arguments().toArray())
                .toResponse();
    }
}
