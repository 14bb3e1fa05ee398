package org.greenhub.platform.api;

/**
 * The names of the reusable parts of the OpenAPI document ({@code /openapi}), declared once on {@link GreenHubApi}:
 * problem responses, security schemes, the paging parameters and headers, and {@code If-Match}. A resource points at
 * them instead of repeating them, e.g.
 * {@code @APIResponse(responseCode = "404", ref = ApiDocs.NOT_FOUND)},
 * {@code @SecurityRequirement(name = ApiDocs.BASIC)}, {@code @Parameter(ref = ApiDocs.PAGE)}. An operation with more to
 * say than the shared text says it beside the reference, which OpenAPI 3.1 allows and the document keeps:
 * {@code @APIResponse(responseCode = "404", ref = ApiDocs.NOT_FOUND, description = "Not an edition I manage.")}.
 * Annotation values must be constants, hence strings here rather than an enum. How to describe a new resource:
 * docs/architecture.md, *API*.
 */
public final class ApiDocs {

    /** The media type of every 4xx/5xx answer ({@link Problem}, RFC 9457). */
    public static final String PROBLEM_JSON = "application/problem+json";

    // Security schemes (components/securitySchemes). Name both on an operation that needs a signed-in caller: they are
    // alternatives. The session cookie of the pages works too, but is for GreenHub's own pages, not for scripts.
    /** HTTP Basic with the account's e-mail and password. */
    public static final String BASIC = "basic";
    /** {@code Authorization: Bearer ghat_…}, a personal access token (account feature, /account/tokens.xhtml). */
    public static final String ACCESS_TOKEN = "accessToken";

    // Responses (components/responses), each a Problem document in the caller's language.
    public static final String BAD_REQUEST = "BadRequest";
    public static final String UNAUTHORIZED = "Unauthorized";
    public static final String FORBIDDEN = "Forbidden";
    public static final String NOT_FOUND = "NotFound";
    public static final String CONFLICT = "Conflict";
    public static final String PRECONDITION_FAILED = "PreconditionFailed";
    public static final String PAYLOAD_TOO_LARGE = "PayloadTooLarge";
    public static final String UNPROCESSABLE = "Unprocessable";
    public static final String PRECONDITION_REQUIRED = "PreconditionRequired";
    public static final String TOO_MANY_REQUESTS = "TooManyRequests";
    public static final String UNAVAILABLE = "Unavailable";
    /** A file sent as an attachment ({@link FileResponses}). */
    public static final String FILE = "File";

    // Parameters (components/parameters) of the paging and concurrency conventions (PageRequest, EntityTags).
    public static final String PAGE = "page";
    public static final String SIZE = "size";
    public static final String IF_MATCH = "If-Match";

    // Headers (components/headers).
    public static final String LINK = "Link";
    public static final String TOTAL_COUNT = "X-Total-Count";
    public static final String ETAG = "ETag";
    public static final String LOCATION = "Location";
    public static final String RETRY_AFTER = "Retry-After";

    // Schemas (components/schemas).
    public static final String PROBLEM_SCHEMA = "Problem";
    public static final String PAGE_ENVELOPE_SCHEMA = "PageEnvelope";

    /** The tags, one per feature, in the order the document lists them. */
    public static final String TAG_PLATFORM = "Platform";

    public static final String TAG_ACCOUNT = "Accounts";
    public static final String TAG_ORGANISATION = "Organisations";
    public static final String TAG_EVALUATION = "Evaluation";
    public static final String TAG_COMPETITION = "Competitions";
    public static final String TAG_INCUBATION = "Incubation";
    public static final String TAG_ALLIANCE = "Alliances";
    public static final String TAG_PUBLICATION = "Publication";
    public static final String TAG_ZONE = "Zones";
    public static final String TAG_RESERVE = "Green project reserve";

    private ApiDocs() {}
}
