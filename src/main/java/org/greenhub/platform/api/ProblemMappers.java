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
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.greenhub.platform.error.DatabaseUnavailable;
import org.greenhub.platform.error.DomainException;

/** Every API error becomes a problem document: no HTML error page, no stack trace. */
public final class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class.getName());

    private ProblemMappers() {}

    /** What every mapper needs: the factory and the caller's headers (for the language). */
    abstract static class Mapper<E extends Throwable> implements ExceptionMapper<E> {
        @Inject
        ProblemFactory problems;

        @Context
        HttpHeaders headers;

        Response problem(int status, String code, String field, Object... args) {
            return problems.problem(status, code, field, headers, args).toResponse();
        }
    }

    @Provider
    public static class DomainMapper extends Mapper<DomainException> {

        @Override
        public Response toResponse(DomainException e) {
            return problem(e.kind().status, e.messageKey(), e.field(), e.args());
        }
    }

    @Provider
    public static class ValidationMapper extends Mapper<ConstraintViolationException> {

        @Override
        public Response toResponse(ConstraintViolationException e) {
            List<Problem.FieldError> errors = e.getConstraintViolations().stream()
                    .map(v -> fieldError(v))
                    .sorted(java.util.Comparator.comparing(Problem.FieldError::field))
                    .toList();
            Problem.FieldError first = errors.isEmpty() ? null : errors.get(0);
            return problems.problem(
                            422,
                            first == null ? "platform.validation.invalid" : first.code(),
                            first == null ? null : first.field(),
                            errors.stream()
                                    .map(err -> new Problem.FieldError(
                                            err.field(), err.code(), problems.text(headers, err.code())))
                                    .toList(),
                            headers)
                    .toResponse();
        }

        private static Problem.FieldError fieldError(ConstraintViolation<?> violation) {
            String path = violation.getPropertyPath().toString();
            String field = path.contains(".") ? path.substring(path.lastIndexOf('.') + 1) : path;
            String template = violation.getMessageTemplate();
            String code = template.startsWith("{") && template.endsWith("}") && !template.startsWith("{jakarta.")
                    ? template.substring(1, template.length() - 1)
                    : "platform.validation.invalid";
            return new Problem.FieldError(field, code, null);
        }
    }

    @Provider
    public static class JsonMapper extends Mapper<JsonbException> {

        @Override
        public Response toResponse(JsonbException e) {
            return problem(400, "platform.api.malformedJson", null);
        }
    }

    @Provider
    public static class ProcessingMapper extends Mapper<ProcessingException> {

        @Override
        public Response toResponse(ProcessingException e) {
            return problem(400, "platform.api.malformedJson", null);
        }
    }

    @Provider
    public static class OptimisticLockMapper extends Mapper<OptimisticLockException> {

        @Override
        public Response toResponse(OptimisticLockException e) {
            return problem(409, "platform.error.concurrentChange", null);
        }
    }

    @Provider
    public static class WebApplicationMapper extends Mapper<WebApplicationException> {

        @Override
        public Response toResponse(WebApplicationException e) {
            int status = e.getResponse() == null ? 500 : e.getResponse().getStatus();
            if (e.getCause() instanceof JsonbException || e.getCause() instanceof ProcessingException) {
                status = 400;
            }
            String code = switch (status) {
                case 400 -> multipart(headers) ? "platform.api.upload.malformed" : "platform.api.badRequest";
                case 401 -> "account.signIn.required";
                case 403 -> "platform.error.forbidden";
                case 404 -> "platform.error.notFound";
                case 405 -> "platform.api.methodNotAllowed";
                case 406 -> "platform.api.notAcceptable";
                case 413 -> "platform.api.tooLarge";
                case 415 -> "platform.api.unsupportedMediaType";
                default -> status >= 500 ? "platform.error.unexpected" : "platform.api.badRequest";
            };
            return problem(status, code, null);
        }
    }

    @Provider
    public static class FallbackMapper extends Mapper<Throwable> {

        @Override
        public Response toResponse(Throwable e) {
            Throwable cause = e;
            while (cause != null) {
                if (cause instanceof DomainException domain) {
                    return problem(domain.kind().status, domain.messageKey(), domain.field(), domain.args());
                }
                if (cause instanceof OptimisticLockException || cause instanceof org.hibernate.StaleStateException) {
                    return problem(409, "platform.error.concurrentChange", null);
                }
                if (cause instanceof JsonbException) {
                    return problem(400, "platform.api.malformedJson", null);
                }
                if (cause instanceof java.io.IOException && multipart(headers)) {
                    // RESTEasy's form reader throws a plain IOException for a body it cannot split into parts
                    return problem(400, "platform.api.upload.malformed", null);
                }
                cause = cause.getCause();
            }
            if (DatabaseUnavailable.isCause(e)) {
                DatabaseUnavailable.log("An API request", e);
                return problem(503, "platform.error.unavailable", null);
            }
            LOG.log(Level.SEVERE, "Unexpected API error", e);
            return problem(500, "platform.error.unexpected", null);
        }
    }

    /** Whether the request was sent as a form ({@code multipart/form-data}), whose parts an error concerns. */
    static boolean multipart(HttpHeaders headers) {
        try {
            return headers != null
                    && headers.getMediaType() != null
                    && headers.getMediaType().isCompatible(jakarta.ws.rs.core.MediaType.MULTIPART_FORM_DATA_TYPE);
        } catch (RuntimeException malformedContentType) {
            return false;
        }
    }
}
