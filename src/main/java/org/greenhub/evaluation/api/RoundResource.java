package org.greenhub.evaluation.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.greenhub.evaluation.application.ExportFile;
import org.greenhub.evaluation.application.ProgressService;
import org.greenhub.evaluation.application.RoundOverview;
import org.greenhub.evaluation.application.RoundResults;
import org.greenhub.evaluation.application.RoundResultsService;
import org.greenhub.evaluation.application.ScoreExportService;
import org.greenhub.evaluation.application.SensitivityReport;
import org.greenhub.evaluation.domain.AdvancementSelection;
import org.greenhub.evaluation.domain.scoring.AggregationMethod;
import org.greenhub.evaluation.domain.scoring.JudgeFlag;
import org.greenhub.platform.api.ApiDocs;
import org.greenhub.platform.api.EntityTags;
import org.greenhub.platform.api.PageEnvelope;
import org.greenhub.platform.api.PageRequest;
import org.greenhub.platform.api.ProblemFactory;
import org.greenhub.platform.api.QueryParameters;
import org.greenhub.platform.error.DomainException;
import org.greenhub.platform.files.ContentDisposition;
import org.greenhub.platform.i18n.Language;

/**
 * A judging round for its managers (issue 14): the round with its rules and rubric, progress by judge and by entry,
 * the results under each aggregation method and the sensitivity report, the results page's exports, and the
 * assignment page's automatic plan (preview, apply with {@code If-Match}). Every call is the manager pages' own use
 * case and check ({@code ManagerAccess}): a round of a programme the caller does not manage answers 404, like one
 * that does not exist, and so does every round to a signed-in caller who manages no programme at all. A token needs
 * the evaluation area; reading needs a read-only token at least, previewing and applying a plan one that may change.
 */
@Path("/rounds")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = ApiDocs.TAG_EVALUATION)
@SecurityRequirement(name = ApiDocs.BASIC)
@SecurityRequirement(name = ApiDocs.ACCESS_TOKEN)
public class RoundResource {

    private static final String ROUND_ID = "The round's id.";

    @Inject
    RoundOverview overview;

    @Inject
    ProgressService progress;

    @Inject
    RoundResultsService results;

    @Inject
    ScoreExportService exports;

    @Inject
    ProblemFactory problems;

    @Context
    HttpHeaders headers;

    @Context
    UriInfo uri;

    /** Which of the progress lists a call asks for. */
    public enum ProgressView {
        JUDGES,
        ENTRIES
    }

    /** Which of the results page's two tables an export holds. */
    public enum ExportContent {
        /** The ranking in each scope under the declared method. */
        RESULTS,
        /** One row per entry and judge, one column per criterion, and the judge's total. */
        SCORES
    }

    @Schema(description = "An entry's place in the ranking under one method.")
    public record RankedLine(
            long subjectId,
            String reference,
            String title,

            @Schema(description = "The group or track it is ranked in, or WHOLE_ROUND.")
            String scope,

            @Schema(description = "Its rank within its scope (1, 2, 2, 4 for a tie).")
            int rank,

            @Schema(description = "Its rank in the whole round.")
            int overallRank,

            @Schema(description = "Its score, 0 to 100.") double score,

            @Schema(description = "The submitted score sheets counted.")
            int sheets,

            @Schema(description = "Its score per criterion, by criterion code.")
            Map<String, Double> criteria,

            @Schema(description = "TIED, OUTLIER_SCORE, FEWER_JUDGES_THAN_PLANNED.")
            Set<RoundResults.EntryFlag> flags) {}

    @Schema(description = "A judge's severity across the entries they scored.")
    public record JudgeSeverity(
            @Schema(description = "The judge's e-mail.") String judge, double mean, double sd, Set<JudgeFlag> flags) {}

    @Schema(description = "The round's ranking under one aggregation method, computed from the submitted sheets.")
    public record ResultsDocument(
            long roundId,
            String roundName,

            @Schema(description = "The method this ranking uses.")
            AggregationMethod method,

            @Schema(description = "The method the round declared, by which it advances entries.")
            AggregationMethod declaredMethod,

            @Schema(description = "Every method the engine has, for ?method=.")
            List<AggregationMethod> methods,

            List<String> criteria,
            List<RankedLine> entries,
            List<JudgeSeverity> judges,

            @Schema(description = "Judge totals far from the entry's other totals.")
            int outliers,

            @Schema(description = "Kendall's W, the judges' agreement (0 to 1); absent when it cannot be computed.")
            Double kendallW) {}

    @Schema(description = "An entry's rank, score and advancement under one method.")
    public record MethodPlace(
            AggregationMethod method,
            int rank,
            double score,

            @Schema(description = "ADVANCES, DOES_NOT_ADVANCE or PANEL_DECIDES (a tie at the cut).")
            AdvancementSelection.Outcome outcome) {}

    @Schema(description = "How an entry's place moves between methods.")
    public record SensitivityLine(
            String reference,
            String scope,

            @Schema(description = "Its advancement under some method differs from the declared method's.")
            boolean advancementChanges,

            List<MethodPlace> places) {}

    @Schema(description = "The ranking under every method side by side, in the order of the declared method's.")
    public record SensitivityDocument(
            long roundId,
            AggregationMethod declaredMethod,

            @Schema(description = "How many entries' advancement depends on the method.")
            long changing,

            List<SensitivityLine> lines) {}

    @Schema(description = "The seed of an automatic assignment plan.")
    public record SeedBody(
            @Schema(description = "The seed; the round's own when absent.", example = "7")
            Long seed) {}

    @GET
    @Path("/{id}")
    @Operation(
            summary = "A round",
            description = "The round as its managers see it: its programme (kind, key and name), status, scoring"
                    + " window with its time zone, rubric (criteria with weights and scales), declared result method,"
                    + " advancement rule and counts. For the programme's managers and administrators; anyone else gets"
                    + " 404. The ETag is what applying an assignment plan sends back in If-Match.")
    @APIResponse(
            responseCode = "200",
            description = "The round, with its ETag.",
            headers = @Header(ref = ApiDocs.ETAG),
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = RoundOverview.RoundDocument.class)))
    @APIResponse(responseCode = "401", ref = ApiDocs.UNAUTHORIZED)
    @APIResponse(responseCode = "403", ref = ApiDocs.FORBIDDEN)
    @APIResponse(responseCode = "404", ref = ApiDocs.NOT_FOUND)
    @APIResponse(responseCode = "429", ref = ApiDocs.TOO_MANY_REQUESTS)
    @APIResponse(responseCode = "503", ref = ApiDocs.UNAVAILABLE)
    public Response round(@Parameter(description = ROUND_ID, example = "12") @PathParam("id") long id) {
        RoundOverview.TaggedRound round = hiddenFromNonManagers(() -> overview.round(id, language()));
        return Response.ok(round.round()).header(HttpHeaders.ETAG, round.etag()).build();
    }

    @GET
    @Path("/{id}/progress")
    @Operation(
            summary = "A round's progress",
            description = "How far judging has come, a page at a time: by judge (assigned, drafts, submitted, missing,"
                    + " conflicts declared with the round's entries, late) in name order, or by entry (assigned,"
                    + " submitted, missing, complete) in reference order. For the round's managers; anyone else"
                    + " gets 404.")
    @APIResponse(
            responseCode = "200",
            description = "A page envelope of judges' or entries' lines; Link and X-Total-Count headers.",
            headers = {@Header(ref = ApiDocs.LINK), @Header(ref = ApiDocs.TOTAL_COUNT)},
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(ref = ApiDocs.PAGE_ENVELOPE_SCHEMA)))
    @APIResponse(
            responseCode = "400",
            ref = ApiDocs.BAD_REQUEST,
            description = "A bad view, page or size parameter, named.")
    @APIResponse(responseCode = "401", ref = ApiDocs.UNAUTHORIZED)
    @APIResponse(responseCode = "403", ref = ApiDocs.FORBIDDEN)
    @APIResponse(responseCode = "404", ref = ApiDocs.NOT_FOUND)
    @APIResponse(responseCode = "429", ref = ApiDocs.TOO_MANY_REQUESTS)
    @APIResponse(responseCode = "503", ref = ApiDocs.UNAVAILABLE)
    public Response progress(
            @Parameter(description = ROUND_ID, example = "12") @PathParam("id") long id,
            @Parameter(description = "JUDGES (the default) or ENTRIES.", example = "entries") @QueryParam("view")
                    String view,
            @Parameter(ref = ApiDocs.PAGE) @QueryParam("page") String page,
            @Parameter(ref = ApiDocs.SIZE) @QueryParam("size") String size) {
        ProgressView chosen = QueryParameters.choice("view", view, ProgressView.class);
        PageRequest request = PageRequest.of(page, size);
        if (chosen == ProgressView.ENTRIES) {
            ProgressService.ProgressPage<ProgressService.EntryProgressLine> found =
                    hiddenFromNonManagers(() -> progress.entryPage(id, request.offset(), request.size()));
            return PageEnvelope.of(found.lines(), request, found.total()).toResponse(uri);
        }
        ProgressService.ProgressPage<ProgressService.JudgeProgressLine> found =
                hiddenFromNonManagers(() -> progress.judgePage(id, request.offset(), request.size()));
        return PageEnvelope.of(found.lines(), request, found.total()).toResponse(uri);
    }

    @GET
    @Path("/{id}/results")
    @Operation(
            summary = "A round's results",
            description = "The ranking from the submitted score sheets under the declared method, or under another"
                    + " method the engine has (MEAN, MEDIAN, TRIMMED_MEAN, ZSCORE; docs/scoring.md) with the round's"
                    + " trim and outlier gap: each entry's score, rank in its scope and overall, the sheets counted,"
                    + " its criteria and flags; the judges' severity and Kendall's W. For the round's managers;"
                    + " anyone else gets 404.")
    @APIResponse(
            responseCode = "200",
            description = "The ranking.",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = ResultsDocument.class)))
    @APIResponse(responseCode = "400", ref = ApiDocs.BAD_REQUEST, description = "An unknown method, named.")
    @APIResponse(responseCode = "401", ref = ApiDocs.UNAUTHORIZED)
    @APIResponse(responseCode = "403", ref = ApiDocs.FORBIDDEN)
    @APIResponse(responseCode = "404", ref = ApiDocs.NOT_FOUND)
    @APIResponse(responseCode = "429", ref = ApiDocs.TOO_MANY_REQUESTS)
    @APIResponse(responseCode = "503", ref = ApiDocs.UNAVAILABLE)
    public Response results(
            @Parameter(description = ROUND_ID, example = "12") @PathParam("id") long id,
            @Parameter(
                            description = "MEAN, MEDIAN, TRIMMED_MEAN or ZSCORE; the round's declared method when"
                                    + " absent.",
                            example = "MEDIAN")
                    @QueryParam("method")
                    String method) {
        AggregationMethod chosen = QueryParameters.choice("method", method, AggregationMethod.class);
        RoundOverview.Ranking found = hiddenFromNonManagers(() -> overview.ranking(id, chosen));
        RoundResults ranking = found.results();
        Map<String, String> titles = found.titles();
        List<RankedLine> lines = ranking.entries().stream()
                .map(e -> new RankedLine(
                        e.subjectId(),
                        e.reference(),
                        titles.get(e.reference()),
                        e.scope(),
                        e.rank(),
                        e.overallRank(),
                        e.score(),
                        e.judges(),
                        e.criteria(),
                        e.flags()))
                .toList();
        List<JudgeSeverity> judges = ranking.judges().stream()
                .map(j -> new JudgeSeverity(j.judge(), j.mean(), j.sd(), j.flags()))
                .toList();
        return Response.ok(new ResultsDocument(
                        ranking.roundId(),
                        ranking.roundName(),
                        ranking.method().type(),
                        found.declared(),
                        Arrays.asList(AggregationMethod.values()),
                        ranking.criteria(),
                        lines,
                        judges,
                        ranking.outliers().size(),
                        ranking.kendallW().isPresent() ? ranking.kendallW().getAsDouble() : null))
                .build();
    }

    @GET
    @Path("/{id}/sensitivity")
    @Operation(
            summary = "A round's sensitivity report",
            description = "How much the outcome depends on the aggregation method: each entry's rank, score and"
                    + " advancement under every method side by side, and whether its advancement differs from the one"
                    + " under the declared method. For the round's managers; anyone else gets 404.")
    @APIResponse(
            responseCode = "200",
            description = "The report.",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = SensitivityDocument.class)))
    @APIResponse(responseCode = "401", ref = ApiDocs.UNAUTHORIZED)
    @APIResponse(responseCode = "403", ref = ApiDocs.FORBIDDEN)
    @APIResponse(responseCode = "404", ref = ApiDocs.NOT_FOUND)
    @APIResponse(responseCode = "429", ref = ApiDocs.TOO_MANY_REQUESTS)
    @APIResponse(responseCode = "503", ref = ApiDocs.UNAVAILABLE)
    public Response sensitivity(@Parameter(description = ROUND_ID, example = "12") @PathParam("id") long id) {
        SensitivityReport report = hiddenFromNonManagers(() -> results.sensitivity(id));
        List<SensitivityLine> lines = new ArrayList<>();
        for (SensitivityReport.Line line : report.lines()) {
            // in the engine's order of methods, the same in every line
            List<MethodPlace> places = new ArrayList<>();
            for (AggregationMethod method : AggregationMethod.values()) {
                SensitivityReport.Place place = line.places().get(method);
                if (place != null) {
                    places.add(new MethodPlace(method, place.rank(), place.score(), place.outcome()));
                }
            }
            lines.add(new SensitivityLine(line.reference(), line.scope(), line.advancementChanges(), places));
        }
        long changing =
                lines.stream().filter(SensitivityLine::advancementChanges).count();
        return Response.ok(new SensitivityDocument(report.roundId(), report.declared(), changing, lines))
                .build();
    }

    @GET
    @Path("/{id}/export")
    @Produces({"text/csv", ExportFile.XLSX})
    @Operation(
            summary = "Export a round's results or scores",
            description = "The results page's downloads, as an attachment: the results (the ranking in each scope under"
                    + " the declared method) or the score matrix (one row per entry and judge, one column per"
                    + " criterion, and the judge's total), as CSV (UTF-8) or an Excel workbook. For the round's"
                    + " managers; anyone else gets 404.")
    @APIResponse(responseCode = "200", ref = ApiDocs.FILE)
    @APIResponse(responseCode = "400", ref = ApiDocs.BAD_REQUEST, description = "An unknown format or content, named.")
    @APIResponse(responseCode = "401", ref = ApiDocs.UNAUTHORIZED)
    @APIResponse(responseCode = "403", ref = ApiDocs.FORBIDDEN)
    @APIResponse(responseCode = "404", ref = ApiDocs.NOT_FOUND)
    @APIResponse(responseCode = "429", ref = ApiDocs.TOO_MANY_REQUESTS)
    @APIResponse(responseCode = "503", ref = ApiDocs.UNAVAILABLE)
    public Response export(
            @Parameter(description = ROUND_ID, example = "12") @PathParam("id") long id,
            @Parameter(description = "CSV (the default) or XLSX.", example = "xlsx") @QueryParam("format")
                    String format,
            @Parameter(description = "RESULTS (the default) or SCORES (the score matrix).", example = "scores")
                    @QueryParam("content")
                    String content) {
        ExportFile.Format chosenFormat = QueryParameters.choice("format", format, ExportFile.Format.class);
        ExportContent chosenContent = QueryParameters.choice("content", content, ExportContent.class);
        ExportFile.Format as = chosenFormat == null ? ExportFile.Format.CSV : chosenFormat;
        ExportFile file = hiddenFromNonManagers(
                () -> chosenContent == ExportContent.SCORES ? exports.scoreMatrix(id, as) : exports.results(id, as));
        return Response.ok(file.content(), file.contentType())
                .header("Content-Disposition", ContentDisposition.attachment(file.fileName()))
                .header("X-Content-Type-Options", "nosniff")
                .header("Cache-Control", "private, no-store")
                .build();
    }

    @POST
    @Path("/{id}/assignments/preview")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "Preview an automatic assignment plan",
            description = "What applying the seed would store, as on the assignment page: the new judges of each entry"
                    + " (the round's panels, never a conflicted judge, assignments made by hand kept) and every judge's"
                    + " load. Nothing is stored. For the round's managers with a token that may change; anyone else"
                    + " gets 404.")
    @RequestBody(
            description = "The seed; an empty body previews the round's own seed.",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = SeedBody.class),
                            examples = @ExampleObject(name = "example", value = "{\"seed\": 7}")))
    @APIResponse(
            responseCode = "200",
            description = "The plan.",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = RoundOverview.PlanDocument.class)))
    @APIResponse(responseCode = "401", ref = ApiDocs.UNAUTHORIZED)
    @APIResponse(responseCode = "403", ref = ApiDocs.FORBIDDEN)
    @APIResponse(responseCode = "404", ref = ApiDocs.NOT_FOUND)
    @APIResponse(responseCode = "422", ref = ApiDocs.UNPROCESSABLE)
    @APIResponse(responseCode = "429", ref = ApiDocs.TOO_MANY_REQUESTS)
    @APIResponse(responseCode = "503", ref = ApiDocs.UNAVAILABLE)
    public Response previewAssignments(
            @Parameter(description = ROUND_ID, example = "12") @PathParam("id") long id, SeedBody body) {
        return Response.ok(hiddenFromNonManagers(() -> overview.preview(id, body == null ? null : body.seed())))
                .build();
    }

    @POST
    @Path("/{id}/assignments/apply")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "Apply an automatic assignment plan",
            description =
                    "Stores the seed's plan as the round's automatic assignments, replacing the previous automatic"
                            + " ones (those made by hand stay), as on the assignment page; only before the assignments are"
                            + " published and while the round is not closed (409 otherwise). Needs If-Match with the round's"
                            + " ETag: applying replaces every automatic assignment, so a plan chosen on a round someone has"
                            + " changed since is refused (412) and nothing is stored. Answers the plan and the round's new"
                            + " ETag. For the round's managers with a token that may change; anyone else gets 404.")
    @RequestBody(
            description = "The seed; an empty body applies the round's own seed.",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = SeedBody.class),
                            examples = @ExampleObject(name = "example", value = "{\"seed\": 7}")))
    @Parameter(ref = ApiDocs.IF_MATCH)
    @APIResponse(
            responseCode = "200",
            description = "The plan as stored, with the round's new ETag.",
            headers = @Header(ref = ApiDocs.ETAG),
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = RoundOverview.PlanDocument.class)))
    @APIResponse(responseCode = "401", ref = ApiDocs.UNAUTHORIZED)
    @APIResponse(responseCode = "403", ref = ApiDocs.FORBIDDEN)
    @APIResponse(responseCode = "404", ref = ApiDocs.NOT_FOUND)
    @APIResponse(responseCode = "409", ref = ApiDocs.CONFLICT)
    @APIResponse(responseCode = "412", ref = ApiDocs.PRECONDITION_FAILED)
    @APIResponse(responseCode = "422", ref = ApiDocs.UNPROCESSABLE)
    @APIResponse(responseCode = "428", ref = ApiDocs.PRECONDITION_REQUIRED)
    @APIResponse(responseCode = "429", ref = ApiDocs.TOO_MANY_REQUESTS)
    @APIResponse(responseCode = "503", ref = ApiDocs.UNAVAILABLE)
    public Response applyAssignments(
            @Parameter(description = ROUND_ID, example = "12") @PathParam("id") long id, SeedBody body) {
        RoundOverview.AppliedPlan applied = hiddenFromNonManagers(
                () -> overview.apply(id, EntityTags.ifMatch(headers), body == null ? null : body.seed()));
        return Response.ok(applied.plan())
                .header(HttpHeaders.ETAG, applied.etag())
                .build();
    }

    /**
     * The manager pages refuse a signed-in user who manages nothing with 403; here the round is hidden from them as
     * from managers of other programmes (404), so a script cannot tell which round ids exist. The only 403 left is a
     * token's reach ({@code AccessTokenReach}), which is checked before the call gets here.
     */
    private static <T> T hiddenFromNonManagers(Supplier<T> call) {
        try {
            return call.get();
        } catch (DomainException refusal) {
            if (refusal.kind() == DomainException.Kind.FORBIDDEN) {
                throw DomainException.notFound();
            }
            throw refusal;
        }
    }

    private Language language() {
        return Language.of(problems.locale(headers));
    }
}
