package org.greenhub.incubation.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.greenhub.incubation.application.IntakeCallService;
import org.greenhub.incubation.domain.Incubator;
import org.greenhub.incubation.domain.IncubatorServiceKind;
import org.greenhub.incubation.domain.IntakeCall;
import org.greenhub.organisation.application.ZoneNames;
import org.greenhub.organisation.domain.green.GreenFocusArea;
import org.greenhub.platform.error.DomainException;
import org.greenhub.platform.i18n.Language;
import org.greenhub.platform.i18n.LocaleSelector;
import org.greenhub.platform.i18n.LocalisedName;
import org.greenhub.platform.web.PageRefusals;

/** The public list of open intake calls and one call's page; nobody needs to sign in. */
@Named("openCalls")
@ViewScoped
public class OpenCallsBean implements Serializable {

    private static final long serialVersionUID = 1L;

    /** A call as the public sees it. */
    public record CallView(
            long id,
            LocalisedName title,
            LocalisedName description,
            String incubator,
            String kindKey,
            String zone,
            String window,
            int capacity,
            int maxAgeMonths,
            int offerDays,
            boolean open,
            List<GreenFocusArea> focusAreas,
            List<IncubatorServiceKind> services,
            String operator)
            implements Serializable {}

    @Inject
    IntakeCallService calls;

    @Inject
    ZoneNames zoneNames;

    @Inject
    LocaleSelector localeSelector;

    @Inject
    Clock clock;

    private List<CallView> open = List.of();
    private Long id;
    private CallView call;

    @PostConstruct
    void init() {
        open = calls.openCalls().stream().map(this::view).toList();
    }

    /** The call page (?id=): published calls only; 404 for others. */
    public void loadCall() {
        try {
            if (id == null) {
                throw DomainException.notFound();
            }
            call = view(calls.publicView(id));
        } catch (DomainException refusal) {
            PageRefusals.refuseHidingForbidden(refusal);
        }
    }

    private CallView view(IntakeCall c) {
        Incubator incubator = c.getIncubator();
        return new CallView(
                c.getId(),
                c.getTitles(),
                c.getDescriptions(),
                incubator.name(Language.of(localeSelector.getLocale())),
                incubator.getKind().messageKey(),
                zoneNames.label(incubator.getZoneId(), incubator.getZone(), Language.of(localeSelector.getLocale())),
                IntakePages.moment(c.getOpensAt()) + " – " + IntakePages.moment(c.getClosesAt()),
                c.getCapacity(),
                c.getMaxCompanyAgeMonths(),
                c.getOfferDays(),
                c.isOpen(Instant.now(clock)),
                incubator.getSpecialisation().stream().sorted().toList(),
                incubator.getServices().stream().sorted().toList(),
                incubator.getOperator().getLegalName());
    }

    public List<CallView> getOpen() {
        return open;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public CallView getCall() {
        return call;
    }
}
