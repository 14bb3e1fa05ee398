package org.greenhub.platform.api;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.greenhub.platform.error.DatabaseUnavailable;

/** An RFC 9457 problem document. {@code code} is the stable message key; {@code detail} is in the caller's language. */
public record Problem(
        String type, String title, int status, String detail, String code, String field, List<FieldError> errors) {

    public static final MediaType MEDIA_TYPE = new MediaType("application", "problem+json");

    public record FieldError(String field, String code, String detail) {}

    public Response toResponse() {
        Response.ResponseBuilder builder =
                Response.status(status).type(MEDIA_TYPE).entity(this);
        if (status == 401) {
            builder.header("WWW-Authenticate", "Basic realm=\"GreenHub\", charset=\"UTF-8\"");
        }
        if (status == 503) {
            builder.header("Retry-After", DatabaseUnavailable.RETRY_AFTER_SECONDS);
        }
        return builder.build();
    }
}
