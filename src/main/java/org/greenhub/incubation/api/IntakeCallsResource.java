package org.greenhub.incubation.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.greenhub.incubation.application.IntakeCallService;
import org.greenhub.incubation.domain.IntakeCallRepository;
import org.greenhub.platform.api.ApiDocs;
import org.greenhub.platform.api.PageEnvelope;
import org.greenhub.platform.api.PageRequest;
import org.greenhub.platform.api.ProblemFactory;
import org.greenhub.platform.error.DomainException;
import org.greenhub.platform.i18n.Language;
import org.greenhub.platform.i18n.Messages;

/**
 * The public list of published intake calls for scripts ({@code GET /api/incubation/calls}, no sign-in) and one
 * call; an unpublished call answers 404, as on the calls page. Texts come in the {@code Accept-Language}.
 */
@Path("/incubation/calls")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Incubation", description = "Intake calls, a start-up's applications, residencies and their reports.")
public class IntakeCallsResource {

    @Inject
    IntakeCallService calls;

    @Inject
    ProblemFactory problems;

    @Inject
    Messages messages;

    @Context
    HttpHeaders headers;

    @Context
    UriInfo uriInfo;

    @Schema(description = "A published intake call, its texts in the caller's language.")
    public record CallView(
            long id,
            String title,
            String description,
            String incubator,
            String incubatorKind,
            String zone,
            String operator,
            Instant opensAt,
            Instant closesAt,

            @Schema(description = "Places offered in this intake.")
            int capacity,

            @Schema(description = "The oldest a start-up may be, in months since its founding.")
            int maxCompanyAgeMonths,

            @Schema(description = "Days an admitted start-up has to answer its offer.")
            int offerDays,

            @Schema(description = "Whether the call takes applications now.")
            boolean open,

            List<String> focusAreas,
            List<String> services) {}

    @GET
    @Operation(
            summary = "Published intake calls",
            description = "The published calls of every incubator, closing soonest first, one page at a time. "
                    + "No sign-in needed.")
    @APIResponse(responseCode = "200", description = "A page of calls, with Link and X-Total-Count headers.")
    @APIResponse(
            responseCode = "400",
            ref = ApiDocs.BAD_REQUEST,
            description = "A bad page, size or status, named in the problem's field.")
    public Response calls(
            @Parameter(description = "open (taking applications now), upcoming or closed; all when absent")
                    @QueryParam("status")
                    String status,
            @Parameter(description = "Only this incubator's calls") @QueryParam("incubator") Long incubator,
            @Parameter(ref = ApiDocs.PAGE) @QueryParam("page") String page,
            @Parameter(ref = ApiDocs.SIZE) @QueryParam("size") String size) {
        PageRequest request = PageRequest.of(page, size);
        IntakeCallRepository.Window window = window(status);
        Locale locale = problems.locale(headers);
        List<CallView> items =
                calls.publishedCalls(window, incubator, Language.of(locale), request.offset(), request.size()).stream()
                        .map(c -> view(c, locale))
                        .toList();
        return PageEnvelope.of(items, request, calls.countPublishedCalls(window, incubator))
                .toResponse(uriInfo);
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "One published intake call", description = "No sign-in needed.")
    @APIResponse(responseCode = "200", description = "The call.")
    @APIResponse(responseCode = "404", ref = ApiDocs.NOT_FOUND, description = "No published call has this id.")
    public CallView call(@Parameter(description = "The call's id") @PathParam("id") long id) {
        Locale locale = problems.locale(headers);
        return view(calls.publicView(id, Language.of(locale)), locale);
    }

    private static IntakeCallRepository.Window window(String status) {
        if (status == null || status.isBlank()) {
            return null;
        }
        return switch (status.strip().toLowerCase(Locale.ROOT)) {
            case "open" -> IntakeCallRepository.Window.OPEN;
            case "upcoming" -> IntakeCallRepository.Window.UPCOMING;
            case "closed" -> IntakeCallRepository.Window.CLOSED;
            default ->
                throw DomainException.badRequest(
                        "status", "platform.api.query.oneOf", "status", "open, upcoming, closed");
        };
    }

    private CallView view(IntakeCallService.PublicCall c, Locale locale) {
        return new CallView(
                c.id(),
                messages.localised(locale, c.title()),
                c.description() == null ? null : messages.localised(locale, c.description()),
                c.incubator(),
                messages.get(locale, c.kindKey()),
                c.zone(),
                c.operator(),
                c.opensAt(),
                c.closesAt(),
                c.capacity(),
                c.maxAgeMonths(),
                c.offerDays(),
                c.open(),
                c.focusAreas().stream().map(Enum::name).toList(),
                c.services().stream().map(Enum::name).toList());
    }
}
