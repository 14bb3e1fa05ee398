package org.greenhub.competition.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.greenhub.competition.application.ApplicantEntries;
import org.greenhub.competition.application.CompetitionEditions;
import org.greenhub.competition.application.CompetitionRounds;
import org.greenhub.competition.application.EditionManagement;
import org.greenhub.competition.application.EntryReview;
import org.greenhub.competition.award.application.AwardDecisions;
import org.greenhub.competition.award.application.CompetitionAwards;
import org.greenhub.competition.award.application.CompetitionCatalogue;
import org.greenhub.competition.domain.CompetitionGroup;
import org.greenhub.competition.domain.CompetitionStatus;
import org.greenhub.competition.domain.EntryStatus;
import org.greenhub.organisation.domain.green.GreenFocusArea;
import org.greenhub.platform.api.ApiDocs;
import org.greenhub.platform.api.EntityTags;
import org.greenhub.platform.api.PageEnvelope;
import org.greenhub.platform.api.PageRequest;
import org.greenhub.platform.api.ProblemFactory;
import org.greenhub.platform.api.QueryParameters;
import org.greenhub.platform.config.GreenHubConfig;
import org.greenhub.platform.error.DomainException;
import org.greenhub.platform.i18n.Language;

/**
 * Competitions through the API: the public catalogue (the list and one edition's facts, no sign-in), an applicant
 * entering one, and for an edition's managers (and administrators) creating and changing editions, its entries, its
 * rounds and its awards, and moving an edition on, adding its rounds, deciding its awards, and what else its page
 * changes (award tiers, managers, the release of judges' comments). The checks are the pages' own use cases: a draft, or an edition the caller does not manage,
 * answers 404 like an unknown id. Names come in the {@code Accept-Language}. Every operation on one edition lives here,
 * under this class's path: a resource class at {@code /competitions/{id}/...} would hide these methods (RESTEasy).
 */
@Path("/competitions")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Competitions", description = "Green-industry competitions, entering them, and managing editions.")
public class CompetitionResource {

    /** The statuses the public list may be filtered by (drafts and cancelled editions are never listed). */
    public enum ListedStatus {
        PUBLISHED,
        JUDGING,
        NOTICE,
        FINAL
    }

    /** The earliest and latest year the list's {@code year} filter takes. */
    static final int FIRST_YEAR = 2000;

    static final int LAST_YEAR = 2100;

    @Inject
    ApplicantEntries entries;

    @Inject
    CompetitionCatalogue catalogue;

    @Inject
    CompetitionEditions editions;

    @Inject
    EntryReview review;

    @Inject
    CompetitionRounds rounds;

    @Inject
    CompetitionAwards awards;

    @Inject
    AwardDecisions decisions;

    @Inject
    EditionManagement management;

    @Context
    UriInfo uri;

    @Inject
    ProblemFactory problems;

    @Inject
    GreenHubConfig config;

    @Context
    HttpHeaders headers;

    @Schema(description = "An edition's awards: its tiers with how many awards each holds, and a page of awards.")
    public record AwardsPage(
            long competitionId,
            String competition,

            @Schema(description = "True when the caller manages the edition and sees unpublished results too.")
            boolean managersView,

            @Schema(description = "The award result's state; null while the managers have proposed none.")
            CompetitionAwards.AwardResultState result,

            List<CompetitionAwards.TierAllocation> tiers,

            @Schema(description = "One page of the awards (`?page`, `?size`); the same links are in the Link header.")
            PageEnvelope<CompetitionAwards.AwardItem> awards) {}

    @GET
    @Operation(
            summary = "Competitions",
            description = "The editions the public pages list (published, judging, in their notice period or final;"
                    + " never drafts or cancelled ones), newest opening first, a page at a time, names in the caller's"
                    + " language. No sign-in needed.")
    @APIResponse(
            responseCode = "200",
            description = "A page envelope of editions; Link and X-Total-Count headers.",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            examples =
                                    @ExampleObject(
                                            name = "example",
                                            value =
                                                    "{\"items\":[{\"id\":12,\"name\":\"Green Innovation Cup 2027\",\"series\":"
                                                            + "\"Green Innovation Cup\",\"edition\":\"2027\",\"status\":\"PUBLISHED\","
                                                            + "\"statusText\":\"Published\",\"submission\":{\"opensAt\":\"2027-03-01T01:00:00Z\","
                                                            + "\"closesAt\":\"2027-04-30T15:59:59Z\",\"timeZone\":\"Asia/Shanghai\","
                                                            + "\"opensAtLocal\":\"2027-03-01T09:00+08:00\",\"closesAtLocal\":"
                                                            + "\"2027-04-30T23:59:59+08:00\"},\"openForEntries\":true,\"resultsPublic\":false}],"
                                                            + "\"page\":1,\"size\":20,\"total\":1,\"pages\":1}")))
    @APIResponse(
            responseCode = "400",
            ref = ApiDocs.BAD_REQUEST,
            description = "A bad page, size, status or year, named in the problem's field.")
    public Response list(
            @Parameter(description = "Only editions in this status: PUBLISHED, JUDGING, NOTICE or FINAL.")
                    @QueryParam("status")
                    String status,
            @Parameter(
                            description = "Only editions whose submission window opens in this year (in their own time"
                                    + " zone), 2000 to 2100.")
                    @QueryParam("year")
                    String year,
            @Parameter(description = "Words of the edition's name (in any of its languages), its series or edition.")
                    @QueryParam("q")
                    String text,
            @Parameter(ref = ApiDocs.PAGE) @QueryParam("page") String page,
            @Parameter(ref = ApiDocs.SIZE) @QueryParam("size") String size) {
        PageRequest request = PageRequest.of(page, size);
        ListedStatus listed = QueryParameters.choice("status", status, ListedStatus.class);
        CompetitionCatalogue.Page found = catalogue.list(
                new CompetitionCatalogue.Filter(
                        listed == null ? null : CompetitionStatus.valueOf(listed.name()), year(year), text),
                language(),
                request.offset(),
                request.size());
        return PageEnvelope.of(found.items(), request, found.total()).toResponse(uri);
    }

    @GET
    @Path("/{id}")
    @Operation(
            summary = "One competition",
            description = "An edition's public facts: name and description in the caller's language, the submission"
                    + " window with its time zone, whether it takes entries now, its groups, tracks, award tiers,"
                    + " required documents and, once published, links to its results. No sign-in needed for a"
                    + " published edition. Its managers also read drafts, with `manage` (the settings a change sends"
                    + " back) and an ETag.")
    @APIResponse(
            responseCode = "200",
            description = "The edition; with an ETag when the caller manages it.",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = CompetitionCatalogue.CompetitionDetail.class)))
    @APIResponse(
            responseCode = "404",
            ref = ApiDocs.NOT_FOUND,
            description = "No such edition, or a draft the caller does not manage.")
    public Response competition(@Parameter(description = "The competition's id.") @PathParam("id") long id) {
        CompetitionCatalogue.TaggedDetail found = catalogue.detail(id, language());
        Response.ResponseBuilder answer = Response.ok(found.detail());
        return (found.etag() == null ? answer : answer.header(HttpHeaders.ETAG, found.etag())).build();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "Create an edition",
            description = "Creates a draft edition as the set-up page does, checked by the same rules (series key, a"
                    + " unique edition in the series, an English name, a window that closes after it opens in a known"
                    + " time zone, at least one track among the green focus areas, notice period and award limits)."
                    + " Programme managers (who become its manager) and administrators.")
    @RequestBody(
            required = true,
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = CompetitionEditions.NewEdition.class),
                            examples =
                                    @ExampleObject(
                                            name = "example",
                                            value =
                                                    "{\"seriesKey\":\"green-cup\",\"seriesName\":\"Green Innovation Cup\","
                                                            + "\"edition\":\"2027\",\"organiserId\":3,\"settings\":{\"texts\":{\"en\":"
                                                            + "{\"name\":\"Green Innovation Cup 2027\",\"description\":\"For green start-ups\"},"
                                                            + "\"zh\":{\"name\":\"绿色创新大赛 2027\"}},\"startupFoundedOnOrAfter\":\"2024-01-01\","
                                                            + "\"submissionOpensAt\":\"2027-03-01T09:00\",\"submissionClosesAt\":"
                                                            + "\"2027-04-30T23:59:59\",\"timeZone\":\"Asia/Shanghai\",\"maxAwardsPerOrganisation\":2,"
                                                            + "\"noticePeriodDays\":7,\"tracks\":[\"CLEAN_ENERGY\",\"CLEAN_PRODUCTION\"],"
                                                            + "\"requiredAttachments\":[\"BUSINESS_PLAN\"]}}")))
    @APIResponse(
            responseCode = "201",
            description = "The draft edition, with its ETag; Location is its API address.",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = CompetitionCatalogue.CompetitionDetail.class)))
    @APIResponse(responseCode = "401", ref = ApiDocs.UNAUTHORIZED)
    @APIResponse(responseCode = "403", ref = ApiDocs.FORBIDDEN)
    @APIResponse(
            responseCode = "409",
            ref = ApiDocs.CONFLICT,
            description = "The series already has an edition of that name.")
    @APIResponse(
            responseCode = "422",
            ref = ApiDocs.UNPROCESSABLE,
            description = "A missing or refused field, named by its path (e.g. `settings.submissionClosesAt`).")
    public Response create(CompetitionEditions.NewEdition body) {
        if (body == null) {
            throw DomainException.invalid("seriesKey", "platform.validation.required");
        }
        long id = editions.create(body);
        CompetitionCatalogue.TaggedDetail created = catalogue.detail(id, language());
        return Response.created(URI.create(config.publicAddress().url("/api/competitions/" + id)))
                .header(HttpHeaders.ETAG, created.etag())
                .entity(created.detail())
                .build();
    }

    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "Change an edition",
            description = "Replaces an edition's settings (the `manage.settings` its GET answers: a field left out is"
                    + " cleared), checked as the set-up page checks them. Its series, edition and organiser stay as"
                    + " created. The edition's managers and administrators. Needs If-Match with the edition's ETag;"
                    + " answers the new one.")
    @RequestBody(
            required = true,
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = CompetitionEditions.EditionSettings.class)))
    @Parameter(ref = ApiDocs.IF_MATCH)
    @APIResponse(
            responseCode = "200",
            description = "The edition, with its new ETag.",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = CompetitionCatalogue.CompetitionDetail.class)))
    @APIResponse(responseCode = "401", ref = ApiDocs.UNAUTHORIZED)
    @APIResponse(responseCode = "403", ref = ApiDocs.FORBIDDEN)
    @APIResponse(
            responseCode = "404",
            ref = ApiDocs.NOT_FOUND,
            description = "Not an edition I manage, or no such edition.")
    @APIResponse(responseCode = "412", ref = ApiDocs.PRECONDITION_FAILED)
    @APIResponse(
            responseCode = "422",
            ref = ApiDocs.UNPROCESSABLE,
            description = "A missing or refused field, named by its path (e.g. `texts.en.name`).")
    @APIResponse(responseCode = "428", ref = ApiDocs.PRECONDITION_REQUIRED)
    public Response update(
            @Parameter(description = "The competition's id.") @PathParam("id") long id,
            CompetitionEditions.EditionSettings body) {
        editions.update(id, EntityTags.ifMatch(headers), body);
        CompetitionCatalogue.TaggedDetail changed = catalogue.detail(id, language());
        return Response.ok(changed.detail())
                .header(HttpHeaders.ETAG, changed.etag())
                .build();
    }

    @GET
    @Path("/{id}/entries")
    @Operation(
            summary = "An edition's entries",
            description = "The submitted entries (drafts are the applicants' own and never listed) as the managers'"
                    + " entry list shows them, by reference, a page at a time: reference, project title, organisation,"
                    + " group, track, status, submission time. The edition's managers and administrators.")
    @APIResponse(
            responseCode = "200",
            description = "A page envelope of entries; Link and X-Total-Count headers.",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            examples =
                                    @ExampleObject(
                                            name = "example",
                                            value = "{\"items\":[{\"id\":41,\"reference\":\"GH-2027-0041\",\"title\":"
                                                    + "\"Solar dryer\",\"organisation\":\"Sun Farms Ltd\",\"group\":\"START_UP\","
                                                    + "\"track\":\"CLEAN_ENERGY\",\"status\":\"SUBMITTED\",\"submittedAt\":"
                                                    + "\"2027-04-02T03:15:00Z\",\"revenue\":120000}],\"page\":1,\"size\":20,"
                                                    + "\"total\":1,\"pages\":1}")))
    @APIResponse(
            responseCode = "400",
            ref = ApiDocs.BAD_REQUEST,
            description = "A bad page, size, status, group or track, named in the problem's field.")
    @APIResponse(responseCode = "401", ref = ApiDocs.UNAUTHORIZED)
    @APIResponse(responseCode = "403", ref = ApiDocs.FORBIDDEN)
    @APIResponse(
            responseCode = "404",
            ref = ApiDocs.NOT_FOUND,
            description = "Not an edition I manage, or no such edition.")
    public Response entries(
            @Parameter(description = "The competition's id.") @PathParam("id") long id,
            @Parameter(description = "Only entries in this status, such as SUBMITTED or ELIGIBLE.")
                    @QueryParam("status")
                    String status,
            @Parameter(description = "Only this group: START_UP or GROWTH.") @QueryParam("group") String group,
            @Parameter(description = "Only this track (a green focus area, such as CLEAN_ENERGY).") @QueryParam("track")
                    String track,
            @Parameter(description = "Words of the project title or the organisation's name, in any script.")
                    @QueryParam("q")
                    String text,
            @Parameter(ref = ApiDocs.PAGE) @QueryParam("page") String page,
            @Parameter(ref = ApiDocs.SIZE) @QueryParam("size") String size) {
        PageRequest request = PageRequest.of(page, size);
        GreenFocusArea area = QueryParameters.choice("track", track, GreenFocusArea.class);
        EntryReview.Filter filter = new EntryReview.Filter(
                QueryParameters.choice("status", status, EntryStatus.class),
                QueryParameters.choice("group", group, CompetitionGroup.class),
                area == null ? null : area.name(),
                text);
        long total = review.count(id, filter);
        List<EntryReview.Row> rows = review.page(id, filter, request.offset(), request.size(), "reference", true);
        return PageEnvelope.of(rows, request, total).toResponse(uri);
    }

    @GET
    @Path("/{id}/rounds")
    @Operation(
            summary = "An edition's judging rounds",
            description = "Its rounds in order (1: the preliminary review; `finalRound` marks the last), each with the"
                    + " engine's status, scoring window and how far judging has got: entries, judges' assignments and"
                    + " submitted score sheets. A round's `id` is its address under `/api/rounds/{id}`. The edition's"
                    + " managers and administrators.")
    @APIResponse(
            responseCode = "200",
            description = "A page envelope of rounds; Link and X-Total-Count headers.",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            examples =
                                    @ExampleObject(
                                            name = "example",
                                            value =
                                                    "{\"items\":[{\"id\":7,\"position\":1,\"finalRound\":false,\"name\":"
                                                            + "\"Online preliminary review\",\"status\":\"OPEN\",\"opensAt\":"
                                                            + "\"2027-05-06T01:00:00Z\",\"closesAt\":\"2027-05-20T15:59:59Z\",\"entries\":"
                                                            + "42,\"assignments\":126,\"submittedSheets\":80,\"advancementConfirmed\":false}],"
                                                            + "\"page\":1,\"size\":20,\"total\":1,\"pages\":1}")))
    @APIResponse(
            responseCode = "400",
            ref = ApiDocs.BAD_REQUEST,
            description = "A bad page or size, named in the problem's field.")
    @APIResponse(responseCode = "401", ref = ApiDocs.UNAUTHORIZED)
    @APIResponse(responseCode = "403", ref = ApiDocs.FORBIDDEN)
    @APIResponse(
            responseCode = "404",
            ref = ApiDocs.NOT_FOUND,
            description = "Not an edition I manage, or no such edition.")
    public Response rounds(
            @Parameter(description = "The competition's id.") @PathParam("id") long id,
            @Parameter(ref = ApiDocs.PAGE) @QueryParam("page") String page,
            @Parameter(ref = ApiDocs.SIZE) @QueryParam("size") String size) {
        PageRequest request = PageRequest.of(page, size);
        // An edition has a handful of rounds (preliminary, semi-final, final): its own list, cut here.
        List<CompetitionRounds.RoundProgress> all = rounds.progress(id);
        int from = Math.min(request.offset(), all.size());
        int to = Math.min(request.offset() + request.size(), all.size());
        return PageEnvelope.of(all.subList(from, to), request, all.size()).toResponse(uri);
    }

    @GET
    @Path("/{id}/awards")
    @Operation(
            summary = "An edition's awards",
            description = "Its award tiers, each with how many standing awards it holds, the award result's state and"
                    + " a page of its awards (by group, track, tier and rank). The edition's managers and"
                    + " administrators see the result as the award pages show it, proposed and approved ones"
                    + " included; everyone else, with no sign-in needed, only a published result.")
    @APIResponse(
            responseCode = "200",
            description = "The tiers and a page of awards; Link and X-Total-Count headers for the awards.",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = AwardsPage.class)))
    @APIResponse(
            responseCode = "400",
            ref = ApiDocs.BAD_REQUEST,
            description = "A bad page or size, named in the problem's field.")
    @APIResponse(
            responseCode = "404",
            ref = ApiDocs.NOT_FOUND,
            description = "No such edition, or its results are not published (for all but its managers).")
    public Response awards(
            @Parameter(description = "The competition's id.") @PathParam("id") long id,
            @Parameter(ref = ApiDocs.PAGE) @QueryParam("page") String page,
            @Parameter(ref = ApiDocs.SIZE) @QueryParam("size") String size) {
        PageRequest request = PageRequest.of(page, size);
        CompetitionAwards.Awards found = awards.awards(id, language(), request.offset(), request.size());
        PageEnvelope<CompetitionAwards.AwardItem> envelope = PageEnvelope.of(found.items(), request, found.total());
        AwardsPage body = new AwardsPage(
                found.competitionId(),
                found.competition(),
                found.managersView(),
                found.result(),
                found.tiers(),
                envelope);
        Response.ResponseBuilder answer =
                Response.fromResponse(envelope.toResponse(uri)).entity(body);
        if (found.etag() != null) {
            // the tag a manager's next decision on the result sends back in If-Match
            answer.header(HttpHeaders.ETAG, found.etag());
        }
        return answer.build();
    }

    @Schema(description = "The edition's next status, one of the moves the managers' page offers.")
    public record StatusChange(
            @Schema(
                    required = true,
                    enumeration = {"PUBLISHED", "JUDGING", "CANCELLED"},
                    example = "PUBLISHED")
            String status) {}

    @POST
    @Path("/{id}/status")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "Move an edition on",
            description = "Changes an edition's status as the buttons of its managers' page do: PUBLISHED (a draft goes"
                    + " public; it needs at least one track), JUDGING (entries close and the rounds run) or CANCELLED"
                    + " (anything but a final or cancelled edition). The notice period and the final state follow from"
                    + " the award decisions (`/awards/publication`). Audited as on the page. The edition's managers"
                    + " and administrators. Needs If-Match with the edition's ETag; answers the new one.")
    @RequestBody(
            required = true,
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = StatusChange.class),
                            examples = @ExampleObject(name = "example", value = "{\"status\":\"PUBLISHED\"}")))
    @Parameter(ref = ApiDocs.IF_MATCH)
    @APIResponse(
            responseCode = "200",
            description = "The edition in its new status, with its new ETag.",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = CompetitionCatalogue.CompetitionDetail.class)))
    @APIResponse(responseCode = "401", ref = ApiDocs.UNAUTHORIZED)
    @APIResponse(responseCode = "403", ref = ApiDocs.FORBIDDEN)
    @APIResponse(
            responseCode = "404",
            ref = ApiDocs.NOT_FOUND,
            description = "Not an edition I manage, or no such edition.")
    @APIResponse(
            responseCode = "409",
            ref = ApiDocs.CONFLICT,
            description = "The edition cannot make that move from its present status (e.g. publishing twice).")
    @APIResponse(responseCode = "412", ref = ApiDocs.PRECONDITION_FAILED)
    @APIResponse(
            responseCode = "422",
            ref = ApiDocs.UNPROCESSABLE,
            description = "A status that is not one of the moves, or a draft without tracks, named in the field.")
    @APIResponse(responseCode = "428", ref = ApiDocs.PRECONDITION_REQUIRED)
    public Response moveOn(
            @Parameter(description = "The competition's id.") @PathParam("id") long id, StatusChange body) {
        try {
            editions.moveTo(id, EntityTags.ifMatch(headers), body == null ? null : body.status());
        } catch (DomainException refused) {
            throw statusNamed(refused);
        }
        CompetitionCatalogue.TaggedDetail changed = catalogue.detail(id, language());
        return Response.ok(changed.detail())
                .header(HttpHeaders.ETAG, changed.etag())
                .build();
    }

    /** The page names the statuses of a refused move in the reader's language; so does the API. */
    private DomainException statusNamed(DomainException refused) {
        if (!"competition.status.notAllowed".equals(refused.messageKey()) || refused.args().length < 2) {
            return refused;
        }
        return new DomainException(
                refused.kind(),
                refused.messageKey(),
                refused.field(),
                problems.text(headers, "competition.status." + refused.args()[0]),
                problems.text(headers, "competition.status." + refused.args()[1]));
    }

    @Schema(description = "The round just added: its id is its address under `/api/rounds/{id}`.")
    public record AddedRound(long id, String name) {}

    @POST
    @Path("/{id}/rounds")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "Add a judging round",
            description = "Adds the edition's next round as its managers' page does: the usual competition rubric and"
                    + " rules (changed on the round's own pages), a scoring window in wall-clock times of the"
                    + " edition's time zone, and how many judges score each entry (3 when left out). Not for a final"
                    + " or cancelled edition. Audited as on the page. The edition's managers and administrators.")
    @RequestBody(
            required = true,
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = CompetitionEditions.NewRound.class),
                            examples =
                                    @ExampleObject(
                                            name = "example",
                                            value = "{\"name\":\"Online preliminary review\",\"opensAt\":"
                                                    + "\"2027-05-06T09:00\",\"closesAt\":\"2027-05-20T23:59\","
                                                    + "\"judgesPerEntry\":3}")))
    @APIResponse(
            responseCode = "201",
            description = "The round's id and name; Location is its address under `/api/rounds`.",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = AddedRound.class)))
    @APIResponse(responseCode = "401", ref = ApiDocs.UNAUTHORIZED)
    @APIResponse(responseCode = "403", ref = ApiDocs.FORBIDDEN)
    @APIResponse(
            responseCode = "404",
            ref = ApiDocs.NOT_FOUND,
            description = "Not an edition I manage, or no such edition.")
    @APIResponse(
            responseCode = "409",
            ref = ApiDocs.CONFLICT,
            description = "The edition is final or cancelled: no new rounds.")
    @APIResponse(
            responseCode = "422",
            ref = ApiDocs.UNPROCESSABLE,
            description = "A missing or refused field (`name`, `opensAt`, `closesAt`, `judgesPerEntry`), named.")
    public Response addRound(
            @Parameter(description = "The competition's id.") @PathParam("id") long id,
            CompetitionEditions.NewRound body) {
        long roundId = editions.addRound(id, body);
        return Response.created(URI.create(config.publicAddress().url("/api/rounds/" + roundId)))
                .entity(new AddedRound(roundId, body.name().strip()))
                .build();
    }

    @POST
    @Path("/{id}/awards/proposal")
    @Operation(
            summary = "Propose the awards",
            description = "Proposes the edition's awards from its last round's ranking and its award tiers, as the"
                    + " award management page does: only while judging, once per edition, with tiers and scores."
                    + " Audited. The edition's managers and administrators.")
    @APIResponse(
            responseCode = "201",
            description = "The proposed result, with its ETag; Location is the edition's awards.",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = CompetitionAwards.AwardResultState.class)))
    @APIResponse(responseCode = "401", ref = ApiDocs.UNAUTHORIZED)
    @APIResponse(responseCode = "403", ref = ApiDocs.FORBIDDEN)
    @APIResponse(
            responseCode = "404",
            ref = ApiDocs.NOT_FOUND,
            description = "Not an edition I manage, or no such edition.")
    @APIResponse(
            responseCode = "409",
            ref = ApiDocs.CONFLICT,
            description = "Not judging, a result already proposed, no tiers, or nothing scored to award.")
    public Response propose(@Parameter(description = "The competition's id.") @PathParam("id") long id) {
        AwardDecisions.Decided proposed = decisions.propose(id);
        return Response.created(URI.create(config.publicAddress().url("/api/competitions/" + id + "/awards")))
                .header(HttpHeaders.ETAG, proposed.etag())
                .entity(proposed.state())
                .build();
    }

    @DELETE
    @Path("/{id}/awards/proposal")
    @Operation(
            summary = "Discard the proposal",
            description = "Discards a result not yet published (for example to propose again after a correction), as"
                    + " the award management page does. Audited. The edition's managers and administrators. Needs"
                    + " If-Match with the result's ETag (from the awards or the last decision).")
    @Parameter(ref = ApiDocs.IF_MATCH)
    @APIResponse(responseCode = "204", description = "Discarded.")
    @APIResponse(responseCode = "401", ref = ApiDocs.UNAUTHORIZED)
    @APIResponse(responseCode = "403", ref = ApiDocs.FORBIDDEN)
    @APIResponse(
            responseCode = "404",
            ref = ApiDocs.NOT_FOUND,
            description = "Not an edition I manage, no such edition, or nothing proposed.")
    @APIResponse(responseCode = "409", ref = ApiDocs.CONFLICT, description = "The result is already published.")
    @APIResponse(responseCode = "412", ref = ApiDocs.PRECONDITION_FAILED)
    @APIResponse(responseCode = "428", ref = ApiDocs.PRECONDITION_REQUIRED)
    public Response discard(@Parameter(description = "The competition's id.") @PathParam("id") long id) {
        decisions.discard(id, EntityTags.ifMatch(headers));
        return Response.noContent().build();
    }

    @POST
    @Path("/{id}/awards/approval")
    @Operation(
            summary = "Approve the proposal",
            description = "A manager of the edition other than the one who proposed approves the result (four eyes),"
                    + " as the award management page does. Audited. Needs If-Match with the result's ETag; answers the"
                    + " new one.")
    @Parameter(ref = ApiDocs.IF_MATCH)
    @APIResponse(
            responseCode = "200",
            description = "The approved result, with its new ETag.",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = CompetitionAwards.AwardResultState.class)))
    @APIResponse(responseCode = "401", ref = ApiDocs.UNAUTHORIZED)
    @APIResponse(responseCode = "403", ref = ApiDocs.FORBIDDEN)
    @APIResponse(
            responseCode = "404",
            ref = ApiDocs.NOT_FOUND,
            description = "Not an edition I manage, no such edition, or nothing proposed.")
    @APIResponse(
            responseCode = "409",
            ref = ApiDocs.CONFLICT,
            description = "Not awaiting approval, or the caller proposed it.")
    @APIResponse(responseCode = "412", ref = ApiDocs.PRECONDITION_FAILED)
    @APIResponse(responseCode = "428", ref = ApiDocs.PRECONDITION_REQUIRED)
    public Response approve(@Parameter(description = "The competition's id.") @PathParam("id") long id) {
        return decided(decisions.approve(id, EntityTags.ifMatch(headers)));
    }

    @POST
    @Path("/{id}/awards/publication")
    @Operation(
            summary = "Publish the results",
            description = "The approved result goes public, provisional for the edition's notice period (objections"
                    + " may be filed meanwhile), and a judging edition enters its notice period, as on the award"
                    + " management page. Audited. Needs If-Match with the result's ETag; answers the new one.")
    @Parameter(ref = ApiDocs.IF_MATCH)
    @APIResponse(
            responseCode = "200",
            description = "The published result, with its notice period and new ETag.",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = CompetitionAwards.AwardResultState.class)))
    @APIResponse(responseCode = "401", ref = ApiDocs.UNAUTHORIZED)
    @APIResponse(responseCode = "403", ref = ApiDocs.FORBIDDEN)
    @APIResponse(
            responseCode = "404",
            ref = ApiDocs.NOT_FOUND,
            description = "Not an edition I manage, no such edition, or nothing proposed.")
    @APIResponse(
            responseCode = "409",
            ref = ApiDocs.CONFLICT,
            description = "The result is not approved yet, or already published.")
    @APIResponse(responseCode = "412", ref = ApiDocs.PRECONDITION_FAILED)
    @APIResponse(responseCode = "428", ref = ApiDocs.PRECONDITION_REQUIRED)
    public Response publish(@Parameter(description = "The competition's id.") @PathParam("id") long id) {
        return decided(decisions.publish(id, EntityTags.ifMatch(headers)));
    }

    @GET
    @Path("/{id}/awards/objections")
    @Operation(
            summary = "Objections to an edition's awards",
            description = "The objections filed against the edition's published awards during the notice period, as the"
                    + " award management page lists them (awardee, tier, objector's real name, text, evidence files,"
                    + " investigation, decision), each with the `etag` a decision on it sends back in If-Match. The"
                    + " edition's managers and administrators.")
    @APIResponse(
            responseCode = "200",
            description = "A page envelope of objections; Link and X-Total-Count headers.",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            examples =
                                    @ExampleObject(
                                            name = "example",
                                            value = "{\"items\":[{\"objection\":{\"id\":5,\"awardId\":31,\"awardee\":"
                                                    + "\"Sun Farms Ltd\",\"tier\":\"FIRST\",\"objectorName\":\"Li Wei\","
                                                    + "\"filedAt\":\"2027-07-02T03:00:00Z\",\"text\":\"The project was entered"
                                                    + " twice under two names.\",\"status\":\"FILED\",\"evidence\":[]},"
                                                    + "\"etag\":\"\\\"5-0\\\"\"}],\"page\":1,\"size\":20,\"total\":1,"
                                                    + "\"pages\":1}")))
    @APIResponse(
            responseCode = "400",
            ref = ApiDocs.BAD_REQUEST,
            description = "A bad page or size, named in the problem's field.")
    @APIResponse(responseCode = "401", ref = ApiDocs.UNAUTHORIZED)
    @APIResponse(responseCode = "403", ref = ApiDocs.FORBIDDEN)
    @APIResponse(
            responseCode = "404",
            ref = ApiDocs.NOT_FOUND,
            description = "Not an edition I manage, no such edition, or nothing proposed.")
    public Response objections(
            @Parameter(description = "The competition's id.") @PathParam("id") long id,
            @Parameter(ref = ApiDocs.PAGE) @QueryParam("page") String page,
            @Parameter(ref = ApiDocs.SIZE) @QueryParam("size") String size) {
        PageRequest request = PageRequest.of(page, size);
        // An edition's objections are a handful, filed in a notice period of days: its own list, cut here.
        List<AwardDecisions.ObjectionItem> all = decisions.objections(id);
        int from = Math.min(request.offset(), all.size());
        int to = Math.min(request.offset() + request.size(), all.size());
        return PageEnvelope.of(all.subList(from, to), request, all.size()).toResponse(uri);
    }

    @POST
    @Path("/{id}/awards/objections/{objectionId}/investigation")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "Record an investigation",
            description = "Records a manager's findings on an open objection, as the award management page does; an"
                    + " objection is investigated before it is decided. Audited. Needs If-Match with the objection's"
                    + " `etag`; answers the objection with its new one.")
    @RequestBody(
            required = true,
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = AwardDecisions.Investigation.class),
                            examples =
                                    @ExampleObject(
                                            name = "example",
                                            value = "{\"findings\":\"Both entries were found in the records.\"}")))
    @Parameter(ref = ApiDocs.IF_MATCH)
    @APIResponse(
            responseCode = "200",
            description = "The objection under investigation, with its new ETag.",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = AwardDecisions.ObjectionItem.class)))
    @APIResponse(responseCode = "401", ref = ApiDocs.UNAUTHORIZED)
    @APIResponse(responseCode = "403", ref = ApiDocs.FORBIDDEN)
    @APIResponse(
            responseCode = "404",
            ref = ApiDocs.NOT_FOUND,
            description = "Not an edition I manage, or no such objection to its awards.")
    @APIResponse(responseCode = "409", ref = ApiDocs.CONFLICT, description = "The objection is already decided.")
    @APIResponse(responseCode = "412", ref = ApiDocs.PRECONDITION_FAILED)
    @APIResponse(
            responseCode = "422",
            ref = ApiDocs.UNPROCESSABLE,
            description = "Missing or too long findings, named in the field.")
    @APIResponse(responseCode = "428", ref = ApiDocs.PRECONDITION_REQUIRED)
    public Response investigate(
            @Parameter(description = "The competition's id.") @PathParam("id") long id,
            @Parameter(description = "The objection's id.") @PathParam("objectionId") long objectionId,
            AwardDecisions.Investigation body) {
        return objection(decisions.investigate(id, objectionId, EntityTags.ifMatch(headers), body));
    }

    @POST
    @Path("/{id}/awards/objections/{objectionId}/decision")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "Decide an objection",
            description = "Decides an investigated objection as the award management page does: DISMISS it, or uphold"
                    + " it and REVISE the award to `newTier` or REVOKE it (the change is published with its reason)."
                    + " The objector is told; the result becomes final once the notice period is over and no objection"
                    + " is open. Audited. Needs If-Match with the objection's `etag`; answers the objection with its new"
                    + " one.")
    @RequestBody(
            required = true,
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = AwardDecisions.ObjectionDecision.class),
                            examples =
                                    @ExampleObject(
                                            name = "example",
                                            value = "{\"decision\":\"REVISE\",\"newTier\":\"SECOND\",\"reason\":"
                                                    + "\"The revenue figure was overstated.\"}")))
    @Parameter(ref = ApiDocs.IF_MATCH)
    @APIResponse(
            responseCode = "200",
            description = "The decided objection, with its new ETag.",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = AwardDecisions.ObjectionItem.class)))
    @APIResponse(responseCode = "401", ref = ApiDocs.UNAUTHORIZED)
    @APIResponse(responseCode = "403", ref = ApiDocs.FORBIDDEN)
    @APIResponse(
            responseCode = "404",
            ref = ApiDocs.NOT_FOUND,
            description = "Not an edition I manage, or no such objection to its awards.")
    @APIResponse(
            responseCode = "409",
            ref = ApiDocs.CONFLICT,
            description = "Not investigated yet, already decided, or the award no longer stands.")
    @APIResponse(responseCode = "412", ref = ApiDocs.PRECONDITION_FAILED)
    @APIResponse(
            responseCode = "422",
            ref = ApiDocs.UNPROCESSABLE,
            description = "A missing or unknown decision, a missing reason or new tier, named in the field.")
    @APIResponse(responseCode = "428", ref = ApiDocs.PRECONDITION_REQUIRED)
    public Response decide(
            @Parameter(description = "The competition's id.") @PathParam("id") long id,
            @Parameter(description = "The objection's id.") @PathParam("objectionId") long objectionId,
            AwardDecisions.ObjectionDecision body) {
        return objection(decisions.decide(id, objectionId, EntityTags.ifMatch(headers), body));
    }

    @GET
    @Path("/{id}/award-tiers")
    @Operation(
            summary = "An edition's award tiers",
            description = "The tiers the award proposal allocates (per group, for one track or across its tracks: level"
                    + " and how many awards), in the edition's rank order as its managers' page lists them, names in"
                    + " the caller's language, a page at a time. Each tier's `id` is its address for removal. Answers"
                    + " the edition's ETag, which a change of its tiers sends back in If-Match. The edition's managers"
                    + " and administrators.")
    @APIResponse(
            responseCode = "200",
            description = "A page envelope of tiers; ETag, Link and X-Total-Count headers.",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            examples =
                                    @ExampleObject(
                                            name = "example",
                                            value = "{\"items\":[{\"id\":17,\"group\":\"START_UP\",\"groupName\":"
                                                    + "\"Start-up group\",\"tier\":"
                                                    + "\"FIRST\",\"tierName\":\"First prize\",\"count\":1,\"rankOrder\":1}],"
                                                    + "\"page\":1,\"size\":20,\"total\":1,\"pages\":1}")))
    @APIResponse(
            responseCode = "400",
            ref = ApiDocs.BAD_REQUEST,
            description = "A bad page or size, named in the problem's field.")
    @APIResponse(responseCode = "401", ref = ApiDocs.UNAUTHORIZED)
    @APIResponse(responseCode = "403", ref = ApiDocs.FORBIDDEN)
    @APIResponse(
            responseCode = "404",
            ref = ApiDocs.NOT_FOUND,
            description = "Not an edition I manage, or no such edition.")
    public Response awardTiers(
            @Parameter(description = "The competition's id.") @PathParam("id") long id,
            @Parameter(ref = ApiDocs.PAGE) @QueryParam("page") String page,
            @Parameter(ref = ApiDocs.SIZE) @QueryParam("size") String size) {
        PageRequest request = PageRequest.of(page, size);
        EditionManagement.Page<EditionManagement.TierItem> found =
                management.tiers(id, language(), request.offset(), request.size());
        return tagged(PageEnvelope.of(found.items(), request, found.total()).toResponse(uri), found.etag());
    }

    @POST
    @Path("/{id}/award-tiers")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "Add an award tier",
            description = "Adds a tier as the edition's managers' page does: a group, one of the edition's tracks (or"
                    + " none, for the whole group), a level and how many awards (1 to 500); one tier per group, track"
                    + " and level. It goes last in the rank order. Audited as on the page. The edition's managers and"
                    + " administrators. Needs If-Match with the edition's ETag; answers the new one.")
    @RequestBody(
            required = true,
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = EditionManagement.NewTier.class),
                            examples =
                                    @ExampleObject(
                                            name = "example",
                                            value = "{\"group\":\"START_UP\",\"track\":\"CLEAN_ENERGY\",\"tier\":"
                                                    + "\"FIRST\",\"count\":1}")))
    @APIResponse(
            responseCode = "201",
            description = "The new tier, with the edition's new ETag; Location is the edition's tiers.",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = EditionManagement.TierItem.class)))
    @APIResponse(responseCode = "401", ref = ApiDocs.UNAUTHORIZED)
    @APIResponse(responseCode = "403", ref = ApiDocs.FORBIDDEN)
    @APIResponse(
            responseCode = "404",
            ref = ApiDocs.NOT_FOUND,
            description = "Not an edition I manage, or no such edition.")
    @APIResponse(
            responseCode = "409",
            ref = ApiDocs.CONFLICT,
            description = "The edition already has a tier of that level for the group and track.")
    @APIResponse(responseCode = "412", ref = ApiDocs.PRECONDITION_FAILED)
    @APIResponse(
            responseCode = "422",
            ref = ApiDocs.UNPROCESSABLE,
            description = "A missing or refused field (`group`, `track`, `tier`, `count`), named.")
    @Parameter(ref = ApiDocs.IF_MATCH)
    @APIResponse(responseCode = "428", ref = ApiDocs.PRECONDITION_REQUIRED)
    public Response addAwardTier(
            @Parameter(description = "The competition's id.") @PathParam("id") long id,
            EditionManagement.NewTier body) {
        EditionManagement.Changed<EditionManagement.TierItem> added =
                management.addTier(id, EntityTags.ifMatch(headers), body, language());
        return Response.created(URI.create(config.publicAddress().url("/api/competitions/" + id + "/award-tiers")))
                .header(HttpHeaders.ETAG, added.etag())
                .entity(added.value())
                .build();
    }

    @DELETE
    @Path("/{id}/award-tiers/{tierId}")
    @Operation(
            summary = "Remove an award tier",
            description = "Removes one of the edition's tiers as its managers' page does. Audited as on the page. The"
                    + " edition's managers and administrators. Needs If-Match with the edition's ETag; answers the new"
                    + " one.")
    @APIResponse(responseCode = "204", description = "Removed; the edition's new ETag.")
    @APIResponse(responseCode = "401", ref = ApiDocs.UNAUTHORIZED)
    @APIResponse(responseCode = "403", ref = ApiDocs.FORBIDDEN)
    @APIResponse(
            responseCode = "404",
            ref = ApiDocs.NOT_FOUND,
            description = "Not an edition I manage, no such edition, or no such tier of it.")
    @APIResponse(responseCode = "412", ref = ApiDocs.PRECONDITION_FAILED)
    @Parameter(ref = ApiDocs.IF_MATCH)
    @APIResponse(responseCode = "428", ref = ApiDocs.PRECONDITION_REQUIRED)
    public Response removeAwardTier(
            @Parameter(description = "The competition's id.") @PathParam("id") long id,
            @Parameter(description = "The tier's id (from the edition's tiers).") @PathParam("tierId") long tierId) {
        String etag = management.removeTier(id, EntityTags.ifMatch(headers), tierId);
        return Response.noContent().header(HttpHeaders.ETAG, etag).build();
    }

    @GET
    @Path("/{id}/managers")
    @Operation(
            summary = "An edition's managers",
            description = "The programme managers who manage the edition, by name, as its managers' page lists them,"
                    + " a page at a time. Each one's `id` is their address for removal. Answers the edition's ETag,"
                    + " which a change of its managers sends back in If-Match. The edition's managers and"
                    + " administrators.")
    @APIResponse(
            responseCode = "200",
            description = "A page envelope of managers; ETag, Link and X-Total-Count headers.",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            examples =
                                    @ExampleObject(
                                            name = "example",
                                            value = "{\"items\":[{\"id\":4,\"name\":\"Li Wei\",\"email\":"
                                                    + "\"li.wei@zone.example.cn\"}],\"page\":1,\"size\":20,\"total\":1,"
                                                    + "\"pages\":1}")))
    @APIResponse(
            responseCode = "400",
            ref = ApiDocs.BAD_REQUEST,
            description = "A bad page or size, named in the problem's field.")
    @APIResponse(responseCode = "401", ref = ApiDocs.UNAUTHORIZED)
    @APIResponse(responseCode = "403", ref = ApiDocs.FORBIDDEN)
    @APIResponse(
            responseCode = "404",
            ref = ApiDocs.NOT_FOUND,
            description = "Not an edition I manage, or no such edition.")
    public Response managers(
            @Parameter(description = "The competition's id.") @PathParam("id") long id,
            @Parameter(ref = ApiDocs.PAGE) @QueryParam("page") String page,
            @Parameter(ref = ApiDocs.SIZE) @QueryParam("size") String size) {
        PageRequest request = PageRequest.of(page, size);
        EditionManagement.Page<EditionManagement.ManagerItem> found =
                management.managers(id, request.offset(), request.size());
        return tagged(PageEnvelope.of(found.items(), request, found.total()).toResponse(uri), found.etag());
    }

    @POST
    @Path("/{id}/managers")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "Add a manager",
            description = "Adds a programme manager, by their account's e-mail address, to the edition's managers as"
                    + " its managers' page does. Audited as on the page. The edition's managers and administrators."
                    + " Needs If-Match with the edition's ETag; answers the new one.")
    @RequestBody(
            required = true,
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = EditionManagement.NewManager.class),
                            examples =
                                    @ExampleObject(name = "example", value = "{\"email\":\"li.wei@zone.example.cn\"}")))
    @APIResponse(
            responseCode = "201",
            description = "The new manager, with the edition's new ETag; Location is the edition's managers.",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = EditionManagement.ManagerItem.class)))
    @APIResponse(responseCode = "401", ref = ApiDocs.UNAUTHORIZED)
    @APIResponse(responseCode = "403", ref = ApiDocs.FORBIDDEN)
    @APIResponse(
            responseCode = "404",
            ref = ApiDocs.NOT_FOUND,
            description = "Not an edition I manage, or no such edition.")
    @APIResponse(responseCode = "409", ref = ApiDocs.CONFLICT, description = "That person already manages the edition.")
    @APIResponse(responseCode = "412", ref = ApiDocs.PRECONDITION_FAILED)
    @APIResponse(
            responseCode = "422",
            ref = ApiDocs.UNPROCESSABLE,
            description = "No e-mail, or no programme manager with it (`email`).")
    @Parameter(ref = ApiDocs.IF_MATCH)
    @APIResponse(responseCode = "428", ref = ApiDocs.PRECONDITION_REQUIRED)
    public Response addManager(
            @Parameter(description = "The competition's id.") @PathParam("id") long id,
            EditionManagement.NewManager body) {
        EditionManagement.Changed<EditionManagement.ManagerItem> added =
                management.addManager(id, EntityTags.ifMatch(headers), body);
        return Response.created(URI.create(config.publicAddress().url("/api/competitions/" + id + "/managers")))
                .header(HttpHeaders.ETAG, added.etag())
                .entity(added.value())
                .build();
    }

    @DELETE
    @Path("/{id}/managers/{managerId}")
    @Operation(
            summary = "Remove a manager",
            description = "Removes one of the edition's managers (the caller too) as its managers' page does; an"
                    + " edition keeps at least one manager. Audited as on the page. The edition's managers and"
                    + " administrators. Needs If-Match with the edition's ETag; answers the new one.")
    @APIResponse(responseCode = "204", description = "Removed; the edition's new ETag.")
    @APIResponse(responseCode = "401", ref = ApiDocs.UNAUTHORIZED)
    @APIResponse(responseCode = "403", ref = ApiDocs.FORBIDDEN)
    @APIResponse(
            responseCode = "404",
            ref = ApiDocs.NOT_FOUND,
            description = "Not an edition I manage, no such edition, or not one of its managers.")
    @APIResponse(responseCode = "409", ref = ApiDocs.CONFLICT, description = "The edition's last manager.")
    @APIResponse(responseCode = "412", ref = ApiDocs.PRECONDITION_FAILED)
    @Parameter(ref = ApiDocs.IF_MATCH)
    @APIResponse(responseCode = "428", ref = ApiDocs.PRECONDITION_REQUIRED)
    public Response removeManager(
            @Parameter(description = "The competition's id.") @PathParam("id") long id,
            @Parameter(description = "The manager's id (from the edition's managers).") @PathParam("managerId")
                    long managerId) {
        String etag = management.removeManager(id, EntityTags.ifMatch(headers), managerId);
        return Response.noContent().header(HttpHeaders.ETAG, etag).build();
    }

    @GET
    @Path("/{id}/comment-release")
    @Operation(
            summary = "Release of judges' comments",
            description = "Whether applicants read the judges' comments on their entries (never the judges' names), as"
                    + " the edition's managers' page shows it; the release covers the edition's rounds. Answers the"
                    + " edition's ETag. The edition's managers and administrators.")
    @APIResponse(
            responseCode = "200",
            description = "The release's state, with the edition's ETag.",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = EditionManagement.CommentRelease.class),
                            examples = @ExampleObject(name = "example", value = "{\"released\":false}")))
    @APIResponse(responseCode = "401", ref = ApiDocs.UNAUTHORIZED)
    @APIResponse(responseCode = "403", ref = ApiDocs.FORBIDDEN)
    @APIResponse(
            responseCode = "404",
            ref = ApiDocs.NOT_FOUND,
            description = "Not an edition I manage, or no such edition.")
    public Response commentRelease(@Parameter(description = "The competition's id.") @PathParam("id") long id) {
        EditionManagement.Changed<EditionManagement.CommentRelease> found = management.commentRelease(id);
        return Response.ok(found.value()).header(HttpHeaders.ETAG, found.etag()).build();
    }

    @PUT
    @Path("/{id}/comment-release")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "Release or hide judges' comments",
            description = "Releases the judges' comments to the edition's applicants (`true`) or hides them again"
                    + " (`false`), as the release button of its managers' page does. Audited as on the page. The"
                    + " edition's managers and administrators. Needs If-Match with the edition's ETag; answers the new"
                    + " one.")
    @RequestBody(
            required = true,
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = EditionManagement.CommentRelease.class),
                            examples = @ExampleObject(name = "example", value = "{\"released\":true}")))
    @APIResponse(
            responseCode = "200",
            description = "The release's new state, with the edition's new ETag.",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = EditionManagement.CommentRelease.class)))
    @APIResponse(responseCode = "401", ref = ApiDocs.UNAUTHORIZED)
    @APIResponse(responseCode = "403", ref = ApiDocs.FORBIDDEN)
    @APIResponse(
            responseCode = "404",
            ref = ApiDocs.NOT_FOUND,
            description = "Not an edition I manage, or no such edition.")
    @APIResponse(responseCode = "412", ref = ApiDocs.PRECONDITION_FAILED)
    @APIResponse(
            responseCode = "422",
            ref = ApiDocs.UNPROCESSABLE,
            description = "No `released`, or not true or false.")
    @Parameter(ref = ApiDocs.IF_MATCH)
    @APIResponse(responseCode = "428", ref = ApiDocs.PRECONDITION_REQUIRED)
    public Response releaseComments(
            @Parameter(description = "The competition's id.") @PathParam("id") long id,
            EditionManagement.CommentRelease body) {
        EditionManagement.Changed<EditionManagement.CommentRelease> changed =
                management.releaseComments(id, EntityTags.ifMatch(headers), body);
        return Response.ok(changed.value())
                .header(HttpHeaders.ETAG, changed.etag())
                .build();
    }

    /** A page envelope's answer with the edition's tag, which a change of the listed parts sends back. */
    private static Response tagged(Response page, String etag) {
        return Response.fromResponse(page).header(HttpHeaders.ETAG, etag).build();
    }

    private static Response objection(AwardDecisions.ObjectionItem item) {
        return Response.ok(item).header(HttpHeaders.ETAG, item.etag()).build();
    }

    private static Response decided(AwardDecisions.Decided decided) {
        return Response.ok(decided.state())
                .header(HttpHeaders.ETAG, decided.etag())
                .build();
    }

    /** The list's year, or 400 naming it: a year the list could hold, not any number. */
    private static Integer year(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            int year = Integer.parseInt(value.strip());
            if (year >= FIRST_YEAR && year <= LAST_YEAR) {
                return year;
            }
        } catch (NumberFormatException notANumber) {
            // answered below, as a year out of range is
        }
        throw DomainException.badRequest(
                "year", "competition.api.query.year", String.valueOf(FIRST_YEAR), String.valueOf(LAST_YEAR));
    }

    private Language language() {
        return Language.of(problems.locale(headers));
    }

    @Schema(
            description =
                    "A new draft entry: for which organisation (one I act for), the project's title, and optionally its group and track.")
    public record NewEntry(
            @Schema(required = true) Long organisationId,
            @Schema(required = true) String projectTitle,

            @Schema(description = "By the organisation's founding date when absent.")
            CompetitionGroup group,

            String track) {}

    @POST
    @Path("/{id}/entries")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "Enter a competition",
            description = "Creates a draft entry in an edition open for submissions, for an organisation I act for"
                    + " (one live entry per organisation and edition).")
    @APIResponse(responseCode = "201", description = "The draft entry, with its ETag; Location is its API address.")
    @APIResponse(responseCode = "401", ref = ApiDocs.UNAUTHORIZED)
    @APIResponse(responseCode = "403", ref = ApiDocs.FORBIDDEN)
    @APIResponse(
            responseCode = "404",
            ref = ApiDocs.NOT_FOUND,
            description = "No such competition, or an organisation I do not act for.")
    @APIResponse(
            responseCode = "409",
            ref = ApiDocs.CONFLICT,
            description = "Not open for submissions, or the organisation already entered.")
    @APIResponse(responseCode = "422", ref = ApiDocs.UNPROCESSABLE, description = "A missing or refused field, named.")
    public Response enter(@Parameter(description = "The competition's id.") @PathParam("id") long id, NewEntry body) {
        if (body == null || body.organisationId() == null) {
            throw DomainException.invalid("organisationId", "platform.validation.required");
        }
        ApplicantEntries.TaggedEntry created =
                entries.create(id, body.organisationId(), body.projectTitle(), body.group(), body.track(), language());
        long entryId = created.entry().id();
        // At the configured base URL: RESTEasy would resolve a relative location against the request's Host.
        return Response.created(URI.create(config.publicAddress().url("/api/entries/" + entryId)))
                .header(HttpHeaders.ETAG, created.etag())
                .entity(created.entry())
                .build();
    }
}
