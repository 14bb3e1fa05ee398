package org.greenhub.platform.api;

import jakarta.inject.Inject;
import jakarta.json.bind.JsonbException;
import jakarta.persistence.OptimisticLockException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.greenhub.platform.error.DomainException;

import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/** Every API error becomes a problem document: no HTML error page, no stack trace. */
public final class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class.getName());

    private ProblemMappers() {
    }

    @Provider
    public static class DomainMapper implements ExceptionMapper<DomainException> {
        @Inject
        ProblemFactory problems;
        @Context
        HttpHeaders headers;

        @Override
        public Response toResponse(DomainException e) {
            return problems.problem(e.kind().status, e.messageKey(), e.field(), headers, e.args()).toResponse();
        }
    }

    @Provider
    public static class ValidationMapper implements ExceptionMapper<ConstraintViolationException> {
        @Inject
        ProblemFactory problems;
        @Context
        HttpHeaders headers;

        @Override
        public Response toResponse(ConstraintViolationException e) {
            List<Problem.FieldError> errors = e.getConstraintViolations().stream()
                    .map(v -> fieldError(v))
                    .sorted(java.util.Comparator.comparing(Problem.FieldError::field))
                    .toList();
            Problem.FieldError first = errors.isEmpty() ? null : errors.get(0);
            return problems.problem(422, first == null ? "platform.validation.invalid" : first.code(),
                    first == null ? null : first.field(), errors.stream()
                            .map(err -> new Problem.FieldError(err.field(), err.code(), problems.text(headers, err.code())))
                            .toList(), headers).toResponse();
        }

        private static Problem.FieldError fieldError(ConstraintViolation<?> violation) {
            String path = violation.getPropertyPath().toString();
            String field = path.contains(".") ? path.substring(path.lastIndexOf('.') + 1) : path;
            String template = violation.getMessageTemplate();
            String code = template.startsWith("{") && template.endsWith("}") && !template.startsWith("{jakarta.")
                    ? template.substring(1, template.length() - 1) : "platform.validation.invalid";
            return new Problem.FieldError(field, code, null);
        }
    }

    @Provider
    public static class JsonMapper implements ExceptionMapper<JsonbException> {
        @Inject
        ProblemFactory problems;
        @Context
        HttpHeaders headers;

        @Override
        public Response toResponse(JsonbException e) {
            return problems.problem(400, "platform.api.malformedJson", null, headers).toResponse();
        }
    }

    @Provider
    public static class ProcessingMapper implements ExceptionMapper<ProcessingException> {
        @Inject
        ProblemFactory problems;
        @Context
        HttpHeaders headers;

        @Override
        public Response toResponse(ProcessingException e) {
            return problems.problem(400, "platform.api.malformedJson", null, headers).toResponse();
        }
    }

    @Provider
    public static class OptimisticLockMapper implements ExceptionMapper<OptimisticLockException> {
        @Inject
        ProblemFactory problems;
        @Context
        HttpHeaders headers;

        @Override
        public Response toResponse(OptimisticLockException e) {
            return problems.problem(409, "platform.error.concurrentChange", null, headers).toResponse();
        }
    }

    @Provider
    public static class WebApplicationMapper implements ExceptionMapper<WebApplicationException> {
        @Inject
        ProblemFactory problems;
        @Context
        HttpHeaders headers;

        @Override
        public Response toResponse(WebApplicationException e) {
            int status = e.getResponse() == null ? 500 : e.getResponse().getStatus();
            if (e.getCause() instanceof JsonbException || e.getCause() instanceof ProcessingException) {
                status = 400;
            }
            String code = switch (status) {
                case 400 -> "platform.api.badRequest";
                case 401 -> "account.signIn.required";
                case 403 -> "platform.error.forbidden";
                case 404 -> "platform.error.notFound";
                case 405 -> "platform.api.methodNotAllowed";
                case 406 -> "platform.api.notAcceptable";
                case 413 -> "platform.api.tooLarge";
                case 415 -> "platform.api.unsupportedMediaType";
                default -> status >= 500 ? "platform.error.unexpected" : "platform.api.badRequest";
            };
            return problems.problem(status, code, null, headers).toResponse();
        }
    }

    @Provider
    public static class FallbackMapper implements ExceptionMapper<Throwable> {
        @Inject
        ProblemFactory problems;
        @Context
        HttpHeaders headers;

        @Override
        public Response toResponse(Throwable e) {
            Throwable cause = e;
            while (cause != null) {
                if (cause instanceof DomainException domain) {
                    return problems.problem(domain.kind().status, domain.messageKey(), domain.field(), headers, domain.args()).toResponse();
                }
                if (cause instanceof OptimisticLockException || cause instanceof org.hibernate.StaleStateException) {
                    return problems.problem(409, "platform.error.concurrentChange", null, headers).toResponse();
                }
                if (cause instanceof JsonbException) {
                    return problems.problem(400, "platform.api.malformedJson", null, headers).toResponse();
                }
                cause = cause.getCause();
            }
            LOG.log(Level.SEVERE, "Unexpected API error", e);
            return problems.problem(500, "platform.error.unexpected", null, headers).toResponse();
        }
    }
}
