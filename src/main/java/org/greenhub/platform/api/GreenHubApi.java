package org.greenhub.platform.api;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.Components;
import org.eclipse.microprofile.openapi.annotations.ExternalDocumentation;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.info.Contact;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.info.License;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The JSON API. Resources and providers are discovered; authentication is the same as for pages. The annotations
 * describe the API as a whole for {@code /openapi} (WildFly's MicroProfile OpenAPI) and declare, once, the parts every
 * resource points at by the names in {@link ApiDocs}.
 */
@ApplicationPath("/api")
@OpenAPIDefinition(
        info =
                @Info(
                        title = "GreenHub API",
                        version = "0.1",
                        description = "The JSON API of GreenHub, the green-industry programmes of a high-tech zone:"
                                + " competitions, incubation, alliances, the zone's green development and the green"
                                + " project reserve.\n\n"
                                + "**Signing in.** Public operations need nothing. The others accept HTTP Basic (the"
                                + " account's e-mail and password) or, better for scripts, a personal access token"
                                + " (`Authorization: Bearer ghat_…`, created on the *Access tokens* page of your"
                                + " profile: read-only or not, some areas only, a last day, at most"
                                + " `GREENHUB_TOKEN_CALLS_PER_MINUTE` calls a minute). A record you may not read"
                                + " answers 404, exactly as one that does not exist.\n\n"
                                + "**Errors** are RFC 9457 problem documents (`application/problem+json`): `code` is"
                                + " the stable message key to test for, `detail` the text in the language of"
                                + " `Accept-Language` (English, Chinese, Thai or Vietnamese), `field` and `errors[]`"
                                + " name what to correct.\n\n"
                                + "**Lists** are read a page at a time: `?page` (from 1) and `?size` (1 to 100,"
                                + " default 20) answer a page envelope (`items`, `page`, `size`, `total`, `pages`)"
                                + " with `Link` (first, prev, next, last) and `X-Total-Count` headers.\n\n"
                                + "**Updates** of a record send back the `ETag` its `GET` answered in `If-Match`:"
                                + " without it the update answers 428, with a stale one 412, and nothing is"
                                + " stored.\n\n"
                                + "**Changes signed in by a session cookie** must come from GreenHub's own origin;"
                                + " scripts use Basic or a token.",
                        contact = @Contact(name = "The operators of this GreenHub (see its home page)"),
                        license = @License(name = "Apache-2.0", url = "https://www.apache.org/licenses/LICENSE-2.0")),
        // Without it the document would carry an empty externalDocs, which OpenAPI validators refuse.
        externalDocs =
                @ExternalDocumentation(
                        description = "This document for people, with examples to try",
                        url = "/api/docs"),
        tags = {
            @Tag(name = ApiDocs.TAG_PLATFORM, description = "Health of the service."),
            @Tag(name = ApiDocs.TAG_ACCOUNT, description = "User accounts, for administrators' scripts."),
            @Tag(
                    name = ApiDocs.TAG_ORGANISATION,
                    description = "The caller's own profile, organisations and their people."),
            @Tag(
                    name = ApiDocs.TAG_EVALUATION,
                    description =
                            "The judging engine: the public score calculator, judges' assignments, sheets, conflicts and documents."),
            @Tag(
                    name = ApiDocs.TAG_COMPETITION,
                    description = "Green-industry competitions: applicants' entries and awards."),
            @Tag(
                    name = ApiDocs.TAG_INCUBATION,
                    description = "Incubators: intake calls, applications, residencies and residents' reports."),
            @Tag(
                    name = ApiDocs.TAG_ALLIANCE,
                    description =
                            "Innovation alliances: the public list and directories, memberships, members, events, charters and agreements."),
            @Tag(
                    name = ApiDocs.TAG_PUBLICATION,
                    description = "The public record: transparency packs, certificates and the feed."),
            @Tag(
                    name = ApiDocs.TAG_ZONE,
                    description = "The zone's green development: carbon accounting, declarations and reports."),
            @Tag(
                    name = ApiDocs.TAG_RESERVE,
                    description = "Green projects seeking financing: the public listing, declarations and results.")
        },
        components =
                @Components(
                        schemas = {
                            @Schema(name = ApiDocs.PROBLEM_SCHEMA, implementation = Problem.class),
                            @Schema(name = ApiDocs.PAGE_ENVELOPE_SCHEMA, implementation = PageEnvelope.class)
                        },
                        responses = {
                            @APIResponse(
                                    name = ApiDocs.BAD_REQUEST,
                                    description = "The request is malformed (not JSON, a query parameter out of range);"
                                            + " `field` names it. Nothing was changed.",
                                    content =
                                            @Content(
                                                    mediaType = ApiDocs.PROBLEM_JSON,
                                                    schema = @Schema(ref = ApiDocs.PROBLEM_SCHEMA))),
                            @APIResponse(
                                    name = ApiDocs.UNAUTHORIZED,
                                    description =
                                            "Not signed in, or the password or token is wrong, expired or revoked.",
                                    headers =
                                            @Header(
                                                    name = "WWW-Authenticate",
                                                    description = "`Basic realm=\"GreenHub\"`",
                                                    schema = @Schema(type = SchemaType.STRING)),
                                    content =
                                            @Content(
                                                    mediaType = ApiDocs.PROBLEM_JSON,
                                                    schema = @Schema(ref = ApiDocs.PROBLEM_SCHEMA))),
                            @APIResponse(
                                    name = ApiDocs.FORBIDDEN,
                                    description =
                                            "Signed in, but not allowed: a read-only token making a change, a token"
                                                    + " outside its areas, or a change signed in by a session cookie from another"
                                                    + " origin.",
                                    content =
                                            @Content(
                                                    mediaType = ApiDocs.PROBLEM_JSON,
                                                    schema = @Schema(ref = ApiDocs.PROBLEM_SCHEMA))),
                            @APIResponse(
                                    name = ApiDocs.NOT_FOUND,
                                    description = "No such record, or one the caller may not see (the same answer, so"
                                            + " that nobody learns what exists).",
                                    content =
                                            @Content(
                                                    mediaType = ApiDocs.PROBLEM_JSON,
                                                    schema = @Schema(ref = ApiDocs.PROBLEM_SCHEMA))),
                            @APIResponse(
                                    name = ApiDocs.CONFLICT,
                                    description =
                                            "The record's state does not allow it now, or someone changed it in the"
                                                    + " meantime. Nothing was changed.",
                                    content =
                                            @Content(
                                                    mediaType = ApiDocs.PROBLEM_JSON,
                                                    schema = @Schema(ref = ApiDocs.PROBLEM_SCHEMA))),
                            @APIResponse(
                                    name = ApiDocs.PRECONDITION_FAILED,
                                    description = "`If-Match` names an older version of the record: read it again and"
                                            + " resend the change with its new `ETag`. Nothing was changed.",
                                    content =
                                            @Content(
                                                    mediaType = ApiDocs.PROBLEM_JSON,
                                                    schema = @Schema(ref = ApiDocs.PROBLEM_SCHEMA))),
                            @APIResponse(
                                    name = ApiDocs.PAYLOAD_TOO_LARGE,
                                    description = "The body is larger than 2 MiB.",
                                    content =
                                            @Content(
                                                    mediaType = ApiDocs.PROBLEM_JSON,
                                                    schema = @Schema(ref = ApiDocs.PROBLEM_SCHEMA))),
                            @APIResponse(
                                    name = ApiDocs.UNPROCESSABLE,
                                    description = "The input breaks a rule: `field` names the first offending field and"
                                            + " `errors[]` every one, each with its message key and text. Nothing was"
                                            + " stored.",
                                    content =
                                            @Content(
                                                    mediaType = ApiDocs.PROBLEM_JSON,
                                                    schema = @Schema(ref = ApiDocs.PROBLEM_SCHEMA))),
                            @APIResponse(
                                    name = ApiDocs.PRECONDITION_REQUIRED,
                                    description =
                                            "An update without `If-Match`: send the `ETag` of the record as read.",
                                    content =
                                            @Content(
                                                    mediaType = ApiDocs.PROBLEM_JSON,
                                                    schema = @Schema(ref = ApiDocs.PROBLEM_SCHEMA))),
                            @APIResponse(
                                    name = ApiDocs.TOO_MANY_REQUESTS,
                                    description = "A personal access token made more calls this minute than allowed;"
                                            + " `Retry-After` says when to try again.",
                                    headers = @Header(ref = ApiDocs.RETRY_AFTER),
                                    content =
                                            @Content(
                                                    mediaType = ApiDocs.PROBLEM_JSON,
                                                    schema = @Schema(ref = ApiDocs.PROBLEM_SCHEMA))),
                            @APIResponse(
                                    name = ApiDocs.UNAVAILABLE,
                                    description = "GreenHub cannot reach its database; `Retry-After` says when to try"
                                            + " again. Nothing was changed.",
                                    headers = @Header(ref = ApiDocs.RETRY_AFTER),
                                    content =
                                            @Content(
                                                    mediaType = ApiDocs.PROBLEM_JSON,
                                                    schema = @Schema(ref = ApiDocs.PROBLEM_SCHEMA))),
                            @APIResponse(
                                    name = ApiDocs.FILE,
                                    description = "The file, as an attachment under its uploaded name (never shown"
                                            + " inline), with the type it was checked to be (PDF, PPTX, XLSX, PNG or"
                                            + " JPEG).",
                                    headers =
                                            @Header(
                                                    name = "Content-Disposition",
                                                    description = "`attachment` with the file's name.",
                                                    schema = @Schema(type = SchemaType.STRING)),
                                    content =
                                            @Content(
                                                    mediaType = "application/octet-stream",
                                                    schema = @Schema(type = SchemaType.STRING, format = "binary")))
                        },
                        parameters = {
                            @Parameter(
                                    name = ApiDocs.PAGE,
                                    in = ParameterIn.QUERY,
                                    description =
                                            "Which page, counting from 1 (default 1). Not a whole number, or below"
                                                    + " 1: 400 naming `page`.",
                                    example = "1",
                                    schema = @Schema(type = SchemaType.INTEGER, minimum = "1", defaultValue = "1")),
                            @Parameter(
                                    name = ApiDocs.SIZE,
                                    in = ParameterIn.QUERY,
                                    description =
                                            "How many items a page holds, 1 to 100 (default 20). Out of range: 400"
                                                    + " naming `size`.",
                                    example = "20",
                                    schema =
                                            @Schema(
                                                    type = SchemaType.INTEGER,
                                                    minimum = "1",
                                                    maximum = "100",
                                                    defaultValue = "20")),
                            @Parameter(
                                    name = ApiDocs.IF_MATCH,
                                    in = ParameterIn.HEADER,
                                    required = true,
                                    description = "The `ETag` the record's `GET` answered (`\"id-version\"`), or `*`."
                                            + " Missing: 428; stale: 412.",
                                    example = "\"42-3\"",
                                    schema = @Schema(type = SchemaType.STRING))
                        },
                        headers = {
                            @Header(
                                    name = ApiDocs.LINK,
                                    description = "RFC 8288 links to the first, previous, next and last page, with the"
                                            + " request's own filters.",
                                    schema = @Schema(type = SchemaType.STRING)),
                            @Header(
                                    name = ApiDocs.TOTAL_COUNT,
                                    description = "How many items the list holds in all pages.",
                                    schema = @Schema(type = SchemaType.INTEGER)),
                            @Header(
                                    name = ApiDocs.ETAG,
                                    description = "The record's id and version (`\"id-version\"`), to send back in"
                                            + " `If-Match`.",
                                    schema = @Schema(type = SchemaType.STRING)),
                            @Header(
                                    name = ApiDocs.LOCATION,
                                    description = "The address of the created record's page in GreenHub.",
                                    schema = @Schema(type = SchemaType.STRING, format = "uri")),
                            @Header(
                                    name = ApiDocs.RETRY_AFTER,
                                    description = "Seconds to wait before trying again.",
                                    schema = @Schema(type = SchemaType.INTEGER))
                        },
                        securitySchemes = {
                            @SecurityScheme(
                                    securitySchemeName = ApiDocs.BASIC,
                                    type = SecuritySchemeType.HTTP,
                                    scheme = "basic",
                                    description = "The account's e-mail and password. Prefer a personal access token"
                                            + " for scripts."),
                            @SecurityScheme(
                                    securitySchemeName = ApiDocs.ACCESS_TOKEN,
                                    type = SecuritySchemeType.HTTP,
                                    scheme = "bearer",
                                    bearerFormat = "ghat_…",
                                    description = "A personal access token from *Profile → Access tokens*"
                                            + " (/account/tokens.xhtml): limited to reading or not, to some areas, and"
                                            + " to a last day; revoked there.")
                        }))
public class GreenHubApi extends Application {}
