package org.greenhub.alliance.api;

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
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.greenhub.alliance.application.AllianceAdministration;
import org.greenhub.alliance.application.EventService;
import org.greenhub.alliance.application.MembershipQueries;
import org.greenhub.alliance.domain.EventKind;
import org.greenhub.alliance.domain.MembershipStatus;
import org.greenhub.organisation.domain.OrganisationKind;
import org.greenhub.organisation.domain.green.GreenFocusArea;
import org.greenhub.platform.api.ApiDocs;
import org.greenhub.platform.api.PageEnvelope;
import org.greenhub.platform.api.PageRequest;
import org.greenhub.platform.api.ProblemFactory;
import org.greenhub.platform.api.QueryParameters;
import org.greenhub.platform.i18n.Language;
import org.greenhub.platform.i18n.Messages;

/**
 * Alliances for scripts: the public list and each alliance's public member directory (no sign-in), the caller's own
 * memberships, an alliance's members for its coordinators, and its coming events for its coordinators and member
 * organisations' people. The checks are the alliance pages' own use cases: what the caller may not read answers
 * 404. Names come in the {@code Accept-Language}.
 */
@Path("/alliances")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Alliances", description = "Innovation alliances, their directories, memberships and events.")
public class AllianceResource {

    @Inject
    AllianceAdministration administration;

    @Inject
    MembershipQueries memberships;

    @Inject
    EventService events;

    @Inject
    ProblemFactory problems;

    @Inject
    Messages messages;

    @Context
    HttpHeaders headers;

    @Context
    UriInfo uriInfo;

    @Schema(
            description =
                    "A listed member as the public directory shows it: only the contacts the member chose to show.")
    public record DirectoryEntry(
            long membershipId,
            String name,
            String registeredName,
            OrganisationKind kind,
            String category,
            LocalDate memberSince,
            String email,
            String phone,
            String website) {}

    @Schema(description = "One of the memberships of the organisations the caller belongs to.")
    public record MyMembership(
            long id,
            long allianceId,
            String alliance,
            String organisation,
            String category,
            MembershipStatus status,

            @Schema(description = "The status in the caller's language.")
            String statusText,

            String number,
            LocalDate validTo) {}

    @Schema(description = "A member of the alliance as its coordinators' member list shows it.")
    public record Member(
            long membershipId,
            String name,
            String category,
            MembershipStatus status,

            @Schema(description = "The status in the caller's language.")
            String statusText,

            String number,
            LocalDate validTo,
            Instant appliedAt) {}

    @Schema(description = "A coming event of the alliance, its texts in the caller's language.")
    public record Event(
            long id,
            EventKind kind,
            String title,
            Instant startsAt,
            String location,
            int capacity,
            @Schema(description = "Places taken.") long registered) {}

    @GET
    @Operation(
            summary = "Innovation alliances",
            description = "Every alliance, by name; optionally of one green focus area, or matching words in its name "
                    + "or code. No sign-in needed.")
    @APIResponse(responseCode = "200", description = "A page of alliances, with Link and X-Total-Count headers.")
    @APIResponse(
            responseCode = "400",
            ref = ApiDocs.BAD_REQUEST,
            description = "A bad page, size or focus area, named in the problem's field.")
    public Response alliances(
            @Parameter(description = "Words of the alliance's name or code") @QueryParam("q") String text,
            @Parameter(description = "A green focus area (sector), such as CLEAN_ENERGY") @QueryParam("focusArea")
                    String focusArea,
            @Parameter(ref = ApiDocs.PAGE) @QueryParam("page") String page,
            @Parameter(ref = ApiDocs.SIZE) @QueryParam("size") String size) {
        PageRequest request = PageRequest.of(page, size);
        GreenFocusArea area = QueryParameters.choice("focusArea", focusArea, GreenFocusArea.class);
        String words = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
        // A zone has a handful of alliances: the public list of the alliance pages, filtered here.
        List<AllianceAdministration.AllianceSummary> matching = administration.all(language()).stream()
                .filter(a -> area == null || a.focusArea() == area)
                .filter(a -> words.isEmpty()
                        || a.name().toLowerCase(Locale.ROOT).contains(words)
                        || a.code().toLowerCase(Locale.ROOT).contains(words))
                .toList();
        int from = Math.min(request.offset(), matching.size());
        int to = Math.min(request.offset() + request.size(), matching.size());
        return PageEnvelope.of(matching.subList(from, to), request, matching.size())
                .toResponse(uriInfo);
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "One alliance", description = "No sign-in needed.")
    @APIResponse(responseCode = "200", description = "The alliance.")
    @APIResponse(responseCode = "404", ref = ApiDocs.NOT_FOUND, description = "No alliance has this id.")
    public AllianceAdministration.AllianceSummary alliance(
            @Parameter(description = "The alliance's id") @PathParam("id") long id) {
        return administration.summary(id, language());
    }

    @GET
    @Path("/{id}/directory")
    @Operation(
            summary = "An alliance's public member directory",
            description = "Its listed members by name, with only the contact details each member chose to show. "
                    + "No sign-in needed.")
    @APIResponse(responseCode = "200", description = "A page of members, with Link and X-Total-Count headers.")
    @APIResponse(
            responseCode = "400",
            ref = ApiDocs.BAD_REQUEST,
            description = "A bad page, size or kind, named in the problem's field.")
    @APIResponse(responseCode = "404", ref = ApiDocs.NOT_FOUND, description = "No alliance has this id.")
    public Response directory(
            @Parameter(description = "The alliance's id") @PathParam("id") long id,
            @Parameter(description = "Words of the member's name") @QueryParam("q") String text,
            @Parameter(description = "The kind of organisation, such as ENTERPRISE") @QueryParam("kind") String kind,
            @Parameter(description = "A member category's id") @QueryParam("category") Long category,
            @Parameter(ref = ApiDocs.PAGE) @QueryParam("page") String page,
            @Parameter(ref = ApiDocs.SIZE) @QueryParam("size") String size) {
        PageRequest request = PageRequest.of(page, size);
        MembershipQueries.DirectoryQuery query = new MembershipQueries.DirectoryQuery(
                id, text, category, QueryParameters.choice("kind", kind, OrganisationKind.class), true);
        Locale locale = locale();
        List<DirectoryEntry> items = memberships.directory(query, request.offset(), request.size()).stream()
                .map(d -> new DirectoryEntry(
                        d.id(),
                        d.name(),
                        d.registeredName(),
                        d.kind(),
                        messages.localised(locale, d.category()),
                        d.memberSince(),
                        d.email(),
                        d.phone(),
                        d.website()))
                .toList();
        return PageEnvelope.of(items, request, memberships.countDirectory(query))
                .toResponse(uriInfo);
    }

    @GET
    @Path("/memberships")
    @Operation(
            summary = "My memberships",
            description = "The memberships of the organisations the caller currently belongs to, newest first.")
    @APIResponse(responseCode = "200", description = "A page of memberships, with Link and X-Total-Count headers.")
    @APIResponse(responseCode = "400", ref = ApiDocs.BAD_REQUEST, description = "A bad page or size.")
    @APIResponse(responseCode = "401", ref = ApiDocs.UNAUTHORIZED)
    public Response myMemberships(
            @Parameter(ref = ApiDocs.PAGE) @QueryParam("page") String page,
            @Parameter(ref = ApiDocs.SIZE) @QueryParam("size") String size) {
        PageRequest request = PageRequest.of(page, size);
        Locale locale = locale();
        MembershipQueries.MyMembershipsPage mine =
                memberships.mine(Language.of(locale), request.offset(), request.size());
        List<MyMembership> items = mine.rows().stream()
                .map(m -> new MyMembership(
                        m.id(),
                        m.allianceId(),
                        m.alliance(),
                        m.organisation(),
                        messages.localised(locale, m.category()),
                        m.status(),
                        messages.get(locale, m.status().messageKey()),
                        m.number(),
                        m.validTo()))
                .toList();
        return PageEnvelope.of(items, request, mine.total()).toResponse(uriInfo);
    }

    @GET
    @Path("/{id}/members")
    @Operation(
            summary = "An alliance's members, for its coordinators",
            description = "Members and applicants by name, optionally in some statuses or matching words.")
    @APIResponse(responseCode = "200", description = "A page of members, with Link and X-Total-Count headers.")
    @APIResponse(
            responseCode = "400",
            ref = ApiDocs.BAD_REQUEST,
            description = "A bad page, size or status, named in the problem's field.")
    @APIResponse(responseCode = "401", ref = ApiDocs.UNAUTHORIZED)
    @APIResponse(
            responseCode = "404",
            ref = ApiDocs.NOT_FOUND,
            description = "No alliance the caller coordinates has this id.")
    public Response members(
            @Parameter(description = "The alliance's id") @PathParam("id") long id,
            @Parameter(description = "Statuses, comma-separated (such as ACTIVE,GRACE); all when absent")
                    @QueryParam("status")
                    String status,
            @Parameter(description = "Words of the member's name or number") @QueryParam("q") String text,
            @Parameter(ref = ApiDocs.PAGE) @QueryParam("page") String page,
            @Parameter(ref = ApiDocs.SIZE) @QueryParam("size") String size) {
        PageRequest request = PageRequest.of(page, size);
        MembershipQueries.MemberQuery query =
                new MembershipQueries.MemberQuery(id, statuses(status), text, false, null, null, true);
        Locale locale = locale();
        List<Member> items = memberships.members(query, request.offset(), request.size()).stream()
                .map(m -> new Member(
                        m.id(),
                        m.name(),
                        messages.localised(locale, m.category()),
                        m.status(),
                        messages.get(locale, m.status().messageKey()),
                        m.number(),
                        m.validTo(),
                        m.appliedAt()))
                .toList();
        return PageEnvelope.of(items, request, memberships.countMembers(query)).toResponse(uriInfo);
    }

    @GET
    @Path("/{id}/events")
    @Operation(
            summary = "An alliance's coming events",
            description = "Soonest first, for its coordinators and the people of its member organisations (who read "
                    + "them on their membership page).")
    @APIResponse(responseCode = "200", description = "A page of events, with Link and X-Total-Count headers.")
    @APIResponse(responseCode = "400", ref = ApiDocs.BAD_REQUEST, description = "A bad page or size.")
    @APIResponse(responseCode = "401", ref = ApiDocs.UNAUTHORIZED)
    @APIResponse(
            responseCode = "404",
            ref = ApiDocs.NOT_FOUND,
            description = "No alliance the caller belongs to or coordinates has this id.")
    public Response events(
            @Parameter(description = "The alliance's id") @PathParam("id") long id,
            @Parameter(ref = ApiDocs.PAGE) @QueryParam("page") String page,
            @Parameter(ref = ApiDocs.SIZE) @QueryParam("size") String size) {
        PageRequest request = PageRequest.of(page, size);
        Locale locale = locale();
        List<Event> items = events.comingEvents(id, request.offset(), request.size()).stream()
                .map(e -> new Event(
                        e.id(),
                        e.kind(),
                        messages.localised(locale, e.title()),
                        e.startsAt(),
                        messages.localised(locale, e.location()),
                        e.capacity(),
                        e.registered()))
                .toList();
        return PageEnvelope.of(items, request, events.countComingEvents(id)).toResponse(uriInfo);
    }

    private Locale locale() {
        return problems.locale(headers);
    }

    private Language language() {
        return Language.of(locale());
    }

    private static Set<MembershipStatus> statuses(String given) {
        if (given == null || given.isBlank()) {
            return null;
        }
        Set<MembershipStatus> statuses = EnumSet.noneOf(MembershipStatus.class);
        for (String one : given.split(",")) {
            statuses.add(QueryParameters.choice("status", one, MembershipStatus.class));
        }
        return statuses;
    }
}
