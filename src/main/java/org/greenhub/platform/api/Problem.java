package org.greenhub.platform.api;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.greenhub.platform.error.DatabaseUnavailable;

/** An RFC 9457 problem document. {@code code} is the stable message key; {@code detail} is in the caller's language. */
@Schema(
        description = "An RFC 9457 problem document: what went wrong, in the caller's language, with a stable code.",
        example = "{\"type\":\"about:blank\",\"title\":\"Unprocessable Content\",\"status\":422,"
                + "\"detail\":\"Please fill in this field.\",\"code\":\"platform.validation.required\","
                + "\"field\":\"year\",\"errors\":[{\"field\":\"year\",\"code\":\"platform.validation.required\","
                + "\"detail\":\"Please fill in this field.\"}]}")
public record Problem(
        @Schema(description = "Always `about:blank`: the status and `code` say what happened.", example = "about:blank")
        String type,

        @Schema(description = "The HTTP status's phrase.", example = "Not Found")
        String title,

        @Schema(description = "The HTTP status.", example = "404")
        int status,

        @Schema(
                description = "What went wrong, for a person, in the language of `Accept-Language`.",
                example = "Not found.")
        String detail,

        @Schema(
                description = "The stable message key: test for this, not for `detail`.",
                example = "platform.error.notFound")
        String code,

        @Schema(description = "The request field or parameter to correct, if one.", example = "year", nullable = true)
        String field,

        @Schema(description = "Every offending field, when there are several.", nullable = true)
        List<FieldError> errors) {

    public static final MediaType MEDIA_TYPE = new MediaType("application", "problem+json");

    @Schema(description = "One offending field: its name, the message key and the text in the caller's language.")
    public record FieldError(
            @Schema(example = "year") String field,

            @Schema(example = "platform.validation.required")
            String code,

            @Schema(example = "Please fill in this field.") String detail) {}

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
