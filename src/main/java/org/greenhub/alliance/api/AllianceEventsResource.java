package org.greenhub.alliance.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.greenhub.alliance.application.EventService;
import org.greenhub.alliance.domain.AllianceEvent;
import org.greenhub.alliance.domain.EventKind;
import org.greenhub.platform.api.ApiDocs;
import org.greenhub.platform.api.EntityTags;
import org.greenhub.platform.config.GreenHubConfig;
import org.greenhub.platform.error.DomainException;
import org.greenhub.platform.i18n.Language;
import org.greenhub.platform.i18n.LocalisedInput;
import org.greenhub.platform.i18n.LocalisedName;

/**
 * An alliance's coordinators (and administrators) create and change its events for scripts, with the events tab's
 * rules. Anyone else, members included, gets 404 for the alliance, as its management pages answer. Same class path as
 * {@link AllianceResource}: a longer one ({@code /alliances/{id}/events}) would hide its methods.
 */
@Path("/alliances")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = ApiDocs.TAG_ALLIANCE)
@SecurityRequirement(name = ApiDocs.BASIC)
@SecurityRequirement(name = ApiDocs.ACCESS_TOKEN)
public class AllianceEventsResource {

    private static final String BODY_EXAMPLE = "{\"kind\":\"CAPITAL_MATCHING\",\"title\":{\"en\":\"Green bonds"
            + " morning\",\"zh\":\"绿色债券对接会\"},\"startsAt\":\"2027-03-04T09:30\",\"timeZone\":\"Asia/Shanghai\","
            + "\"location\":{\"en\":\"Innovation Centre, hall 2\"},\"capacity\":60,\"description\":{\"en\":\"Three banks"
            + " meet members with projects ready for a green bond.\"}}";

    private static final String EVENT_EXAMPLE = "{\"id\":12,\"allianceId\":3,\"kind\":\"CAPITAL_MATCHING\",\"title\":"
            + "{\"en\":\"Green bonds morning\",\"zh\":\"绿色债券对接会\"},\"startsAt\":\"2027-03-04T01:30:00Z\","
            + "\"location\":{\"en\":\"Innovation Centre, hall 2\"},\"capacity\":60,\"description\":{\"en\":\"Three banks"
            + " meet members with projects ready for a green bond.\"},\"registered\":0}";

    @Inject
    EventService events;

    @Inject
    GreenHubConfig config;

    @Context
    HttpHeaders headers;

    /** A text in the four languages; English is required where the text is. */
    @Schema(description = "A text in each language GreenHub speaks; English is required where the text is.")
    public record Texts(String en, String zh, String th, String vi) {

        LocalisedInput input() {
            LocalisedInput input = new LocalisedInput();
            input.setEn(en);
            input.setZh(zh);
            input.setTh(th);
            input.setVi(vi);
            return input;
        }

        static Texts of(LocalisedName name) {
            return name == null
                    ? null
                    : new Texts(
                            name.exact(Language.ENGLISH),
                            name.exact(Language.CHINESE),
                            name.exact(Language.THAI),
                            name.exact(Language.VIETNAMESE));
        }
    }

    @Schema(
            description = "An event, all of it (a text left out is cleared): its kind, title, start (a local date and"
                    + " time with the time zone it is in), place, capacity and description.")
    public record EventBody(
            @Schema(required = true) EventKind kind,
            @Schema(required = true) Texts title,

            @Schema(
                    required = true,
                    description = "A local date and time, such as 2027-03-04T09:30.",
                    example = "2027-03-04T09:30")
            String startsAt,

            @Schema(
                    required = true,
                    description = "The time zone the start is in, by its name.",
                    example = "Asia/Shanghai")
            String timeZone,

            Texts location,

            @Schema(required = true, description = "Places, 1 to 100,000.")
            Integer capacity,

            Texts description) {

        AllianceEvent.Details details() {
            return new AllianceEvent.Details(
                    kind,
                    title == null ? null : title.input(),
                    start(),
                    location == null ? null : location.input(),
                    capacity == null ? 0 : capacity,
                    description == null ? null : description.input());
        }

        /** The start as an instant, read in its own time zone; each part refused beside its field. */
        private Instant start() {
            if (startsAt == null || startsAt.isBlank()) {
                throw DomainException.invalid("startsAt", "platform.validation.required");
            }
            LocalDateTime local;
            try {
                local = LocalDateTime.parse(startsAt.strip());
            } catch (DateTimeParseException notALocalTime) {
                throw DomainException.invalid("startsAt", "alliance.api.event.startsAt");
            }
            if (timeZone == null || timeZone.isBlank()) {
                throw DomainException.invalid("timeZone", "platform.validation.required");
            }
            try {
                return local.atZone(ZoneId.of(timeZone.strip())).toInstant();
            } catch (DateTimeException unknownZone) {
                throw DomainException.invalid("timeZone", "alliance.api.event.timeZone");
            }
        }
    }

    @Schema(description = "An event as its coordinators edit it: every language's texts and the places taken.")
    public record Event(
            long id,
            long allianceId,
            EventKind kind,
            Texts title,

            @Schema(description = "The start, as an instant.")
            Instant startsAt,

            Texts location,
            int capacity,
            Texts description,
            @Schema(description = "Places taken.") long registered) {

        static Event of(EventService.EditedEvent e) {
            return new Event(
                    e.id(),
                    e.allianceId(),
                    e.kind(),
                    Texts.of(e.title()),
                    e.startsAt(),
                    Texts.of(e.location()),
                    e.capacity(),
                    Texts.of(e.description()),
                    e.registered());
        }
    }

    @GET
    @Path("/{id}/events/{event}")
    @Operation(
            summary = "One event of an alliance I coordinate",
            description = "The event with every language's texts and the places taken, for the alliance's"
                    + " coordinators and administrators. The ETag is what a change sends back in If-Match. Members read"
                    + " the coming events at `GET /api/alliances/{id}/events`.")
    @Parameter(name = "id", in = ParameterIn.PATH, description = "The alliance's id.", example = "3")
    @Parameter(name = "event", in = ParameterIn.PATH, description = "The event's id.", example = "12")
    @APIResponse(
            responseCode = "200",
            description = "The event, with its ETag.",
            headers = @Header(ref = ApiDocs.ETAG),
            content =
                    @Content(
                            mediaType = "application/json",
                            schema = @Schema(implementation = Event.class),
                            examples = @ExampleObject(name = "example", value = EVENT_EXAMPLE)))
    @APIResponse(responseCode = "401", ref = ApiDocs.UNAUTHORIZED)
    @APIResponse(responseCode = "403", ref = ApiDocs.FORBIDDEN)
    @APIResponse(responseCode = "404", ref = ApiDocs.NOT_FOUND)
    @APIResponse(responseCode = "429", ref = ApiDocs.TOO_MANY_REQUESTS)
    @APIResponse(responseCode = "503", ref = ApiDocs.UNAVAILABLE)
    public Response event(@PathParam("id") long id, @PathParam("event") long event) {
        return tagged(Response.ok(), events.editedEvent(id, event));
    }

    @POST
    @Path("/{id}/events")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "Create an event",
            description = "For the alliance's coordinators and administrators, with the events tab's rules: a kind, an"
                    + " English title (translations optional), a start with its time zone, a capacity of 1 to 100,000."
                    + " 422 names the field in the caller's language; anyone else gets 404 for the alliance.")
    @Parameter(name = "id", in = ParameterIn.PATH, description = "The alliance's id.", example = "3")
    @RequestBody(
            description = "The event.",
            required = true,
            content =
                    @Content(
                            mediaType = "application/json",
                            schema = @Schema(implementation = EventBody.class),
                            examples = @ExampleObject(name = "example", value = BODY_EXAMPLE)))
    @APIResponse(
            responseCode = "201",
            description = "Created; `Location` is the event's address, with its ETag.",
            headers = {@Header(ref = ApiDocs.LOCATION), @Header(ref = ApiDocs.ETAG)},
            content =
                    @Content(
                            mediaType = "application/json",
                            schema = @Schema(implementation = Event.class),
                            examples = @ExampleObject(name = "example", value = EVENT_EXAMPLE)))
    @APIResponse(responseCode = "400", ref = ApiDocs.BAD_REQUEST)
    @APIResponse(responseCode = "401", ref = ApiDocs.UNAUTHORIZED)
    @APIResponse(responseCode = "403", ref = ApiDocs.FORBIDDEN)
    @APIResponse(responseCode = "404", ref = ApiDocs.NOT_FOUND)
    @APIResponse(responseCode = "413", ref = ApiDocs.PAYLOAD_TOO_LARGE)
    @APIResponse(responseCode = "422", ref = ApiDocs.UNPROCESSABLE)
    @APIResponse(responseCode = "429", ref = ApiDocs.TOO_MANY_REQUESTS)
    @APIResponse(responseCode = "503", ref = ApiDocs.UNAVAILABLE)
    public Response create(@PathParam("id") long id, EventBody body) {
        if (body == null) {
            throw DomainException.invalid("kind", "platform.validation.required");
        }
        EventService.EditedEvent created = events.createEvent(id, body.details());
        // At the configured base URL: RESTEasy would resolve a relative location against the request's Host.
        URI location = URI.create(config.publicAddress().url("/api/alliances/" + id + "/events/" + created.id()));
        return tagged(Response.created(location), created);
    }

    @PUT
    @Path("/{id}/events/{event}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "Change an event",
            description = "Replaces the event, checked as its creation is; the capacity may not fall below the places"
                    + " already taken. For the alliance's coordinators and administrators (anyone else: 404). Needs"
                    + " If-Match with the event's ETag; answers the event with its new one.")
    @Parameter(name = "id", in = ParameterIn.PATH, description = "The alliance's id.", example = "3")
    @Parameter(name = "event", in = ParameterIn.PATH, description = "The event's id.", example = "12")
    @RequestBody(
            description = "The whole event.",
            required = true,
            content =
                    @Content(
                            mediaType = "application/json",
                            schema = @Schema(implementation = EventBody.class),
                            examples = @ExampleObject(name = "example", value = BODY_EXAMPLE)))
    @Parameter(ref = ApiDocs.IF_MATCH)
    @APIResponse(
            responseCode = "200",
            description = "The event, with its new ETag.",
            headers = @Header(ref = ApiDocs.ETAG),
            content =
                    @Content(
                            mediaType = "application/json",
                            schema = @Schema(implementation = Event.class),
                            examples = @ExampleObject(name = "example", value = EVENT_EXAMPLE)))
    @APIResponse(responseCode = "400", ref = ApiDocs.BAD_REQUEST)
    @APIResponse(responseCode = "401", ref = ApiDocs.UNAUTHORIZED)
    @APIResponse(responseCode = "403", ref = ApiDocs.FORBIDDEN)
    @APIResponse(responseCode = "404", ref = ApiDocs.NOT_FOUND)
    @APIResponse(responseCode = "409", ref = ApiDocs.CONFLICT)
    @APIResponse(responseCode = "412", ref = ApiDocs.PRECONDITION_FAILED)
    @APIResponse(responseCode = "413", ref = ApiDocs.PAYLOAD_TOO_LARGE)
    @APIResponse(responseCode = "422", ref = ApiDocs.UNPROCESSABLE)
    @APIResponse(responseCode = "428", ref = ApiDocs.PRECONDITION_REQUIRED)
    @APIResponse(responseCode = "429", ref = ApiDocs.TOO_MANY_REQUESTS)
    @APIResponse(responseCode = "503", ref = ApiDocs.UNAVAILABLE)
    public Response change(@PathParam("id") long id, @PathParam("event") long event, EventBody body) {
        if (body == null) {
            throw DomainException.invalid("kind", "platform.validation.required");
        }
        return tagged(Response.ok(), events.change(id, event, EntityTags.ifMatch(headers), body.details()));
    }

    private static Response tagged(Response.ResponseBuilder response, EventService.EditedEvent event) {
        return response.entity(Event.of(event))
                .header(HttpHeaders.ETAG, event.etag())
                .build();
    }
}
