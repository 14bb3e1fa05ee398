package org.greenhub.organisation.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.util.List;
import java.util.Map;
import org.greenhub.organisation.domain.green.GreenFocusArea;
import org.greenhub.organisation.domain.green.GreenIndustryCategory;
import org.greenhub.organisation.domain.green.MetricProblem;

/**
 * Choices and field ids for the shared green metrics form (/WEB-INF/includes/organisation/green-metrics-fields.xhtml),
 * so a programme's bean can put each {@link MetricProblem} beside its field.
 */
@Named("greenChoices")
@ApplicationScoped
public class GreenChoices {

    private static final Map<String, String> FIELD_IDS = Map.of(
            "baselineYear", "greenBaselineYear",
            "baselineEnergyUseMwh", "greenBaselineEnergy",
            "energySavedMwhPerYear", "greenEnergySaved",
            "emissionsAvoidedTco2ePerYear", "greenEmissions",
            "energyIntensityTcePer10kYuan", "greenIntensity",
            "waterReusedM3PerYear", "greenWater",
            "wasteRecycledTonnesPerYear", "greenWaste",
            "category", "greenCategory",
            "methodNote", "greenMethodNote");

    public List<GreenIndustryCategory> getCategories() {
        return List.of(GreenIndustryCategory.values());
    }

    public List<GreenFocusArea> getFocusAreas() {
        return List.of(GreenFocusArea.values());
    }

    /** The client id of a problem's field inside the given form ("entryForm" -> "entryForm:greenEnergySaved"). */
    public static String clientId(String formId, MetricProblem problem) {
        String id = FIELD_IDS.get(problem.field());
        return id == null ? formId : formId + ":" + id;
    }
}
