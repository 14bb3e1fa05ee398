package org.greenhub.reserve.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.math.BigDecimal;
import java.net.URI;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.greenhub.platform.api.Problem;
import org.greenhub.platform.api.ProblemFactory;
import org.greenhub.platform.config.GreenHubConfig;
import org.greenhub.platform.error.DomainException;
import org.greenhub.reserve.application.ProjectDeclaring;
import org.greenhub.reserve.domain.Benefits;
import org.greenhub.reserve.domain.FinancingInstrument;
import org.greenhub.reserve.domain.GreenCategory;
import org.greenhub.reserve.domain.ProjectStage;
import org.greenhub.reserve.domain.ReserveProject;
import org.greenhub.reserve.domain.Screening;
import org.greenhub.reserve.domain.ScreeningRefused;

/**
 * An organisation's people declare a project to the reserve ({@code POST /api/reserve/projects}): a draft, or with
 * {@code "submit": true} submitted and screened at once. 201 with the project's page as Location; 422 problem naming
 * the field in the caller's language (a screening refusal names every reason in {@code errors}); 404 for a call not
 * open or an organisation that is not the caller's. Evidence files are attached on the declaration page.
 */
@Path("/reserve/projects")
public class ProjectDeclarationResource {

    @Inject
    ProjectDeclaring declaring;

    @Inject
    ProblemFactory problems;

    @Inject
    GreenHubConfig config;

    @Context
    HttpHeaders headers;

    /** The body: which call, for which organisation (optional for a person with one), and the declaration. */
    public record DeclarationBody(
            Long callId,
            Long organisationId,
            String title,
            String summary,
            GreenCategory category,
            String zoneCode,
            String location,
            ProjectStage stage,
            BigDecimal totalInvestmentYuan,
            BigDecimal financingSoughtYuan,
            Set<FinancingInstrument> instruments,
            BigDecimal energySavedTce,
            BigDecimal co2AvoidedT,
            BigDecimal waterSavedM3,
            BigDecimal wasteRecycledT,
            String estimateMethod,
            Boolean contactForFunders,
            Boolean submit) {

        ReserveProject.Declaration declaration() {
            return new ReserveProject.Declaration(
                    title,
                    summary,
                    category,
                    zoneCode,
                    location,
                    stage,
                    totalInvestmentYuan,
                    financingSoughtYuan,
                    instruments == null || instruments.isEmpty()
                            ? EnumSet.noneOf(FinancingInstrument.class)
                            : EnumSet.copyOf(instruments),
                    new Benefits(energySavedTce, co2AvoidedT, waterSavedM3, wasteRecycledT),
                    estimateMethod,
                    Boolean.TRUE.equals(contactForFunders));
        }
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public Response declare(DeclarationBody body) {
        if (body == null || body.callId() == null) {
            throw DomainException.invalid("callId", "platform.validation.required");
        }
        long organisation = organisation(body.organisationId());
        long id;
        try {
            id = Boolean.TRUE.equals(body.submit())
                    ? declaring.submit(null, null, organisation, body.callId(), body.declaration(), List.of())
                    : declaring.saveDraft(null, null, organisation, body.callId(), body.declaration(), List.of());
        } catch (ScreeningRefused refused) {
            return refusal(refused);
        }
        // At the configured base URL: RESTEasy would resolve a relative location against the request's Host.
        URI page = URI.create(config.publicAddress().url("/reserve/project.xhtml?id=" + id));
        return Response.created(page)
                .entity(Map.of(
                        "projectId", id, "status", declaring.show(id).status().name()))
                .build();
    }

    private long organisation(Long given) {
        if (given != null) {
            return given;
        }
        List<ProjectDeclaring.Owner> owners = declaring.owners();
        if (owners.size() != 1) {
            throw DomainException.invalid("organisationId", "platform.validation.required");
        }
        return owners.get(0).organisationId();
    }

    private Response refusal(ScreeningRefused refused) {
        java.util.Locale locale = problems.locale(headers);
        List<Problem.FieldError> errors = refused.reasons().stream()
                .map(reason ->
                        new Problem.FieldError(reason.field(), reason.messageKey(), declaring.text(reason, locale)))
                .toList();
        Screening.Finding first = refused.reasons().get(0);
        return problems.problem(
                        422,
                        first.messageKey(),
                        first.field(),
                        errors,
                        locale,
                        first.arguments().toArray())
                .toResponse();
    }
}
