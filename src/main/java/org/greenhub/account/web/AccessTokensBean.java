package org.greenhub.account.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.greenhub.account.application.AccessTokens;
import org.greenhub.account.domain.ApiArea;
import org.greenhub.platform.error.DomainException;
import org.greenhub.platform.i18n.FacesMessages;
import org.greenhub.platform.i18n.LocaleSelector;
import org.greenhub.platform.text.Figures;
import org.greenhub.platform.web.LocalisedTime;

/** The signed-in person's personal access tokens: make one (its secret shown once), see them all, revoke one. */
@Named("accessTokens")
@ViewScoped
public class AccessTokensBean implements Serializable {

    private static final long serialVersionUID = 1L;
    /** The last day a new token is offered with: three months, long enough for a quarter's reporting. */
    private static final int DEFAULT_DAYS = 90;

    @Inject
    AccessTokens tokens;

    @Inject
    FacesMessages messages;

    @Inject
    LocaleSelector localeSelector;

    @Inject
    Clock clock;

    private List<AccessTokens.Row> rows;
    private String name;
    private boolean canWrite;
    private List<String> areas = new ArrayList<>();
    private LocalDate lastDay;
    private String newSecret;
    private String newName;

    @PostConstruct
    void load() {
        rows = tokens.mine();
        lastDay = today().plusDays(DEFAULT_DAYS);
    }

    public void create() {
        try {
            AccessTokens.Created created = tokens.create(name, canWrite, chosenAreas(), lastDay);
            newSecret = created.secret();
            newName = name.strip();
            name = null;
            canWrite = false;
            areas = new ArrayList<>();
            lastDay = today().plusDays(DEFAULT_DAYS);
            rows = tokens.mine();
        } catch (DomainException refusal) {
            newSecret = null;
            messages.error("tokenForm", refusal);
        }
    }

    public void revoke(long tokenId) {
        try {
            tokens.revoke(tokenId);
            rows = tokens.mine();
            rows.stream()
                    .filter(row -> row.id() == tokenId)
                    .findFirst()
                    .ifPresent(row -> messages.info("account.token.revoked", row.name()));
        } catch (DomainException refusal) {
            messages.error("tokensForm", refusal);
        }
    }

    /** The ticked areas; a value that names no area was not offered by the page and is refused, not dropped. */
    private EnumSet<ApiArea> chosenAreas() {
        EnumSet<ApiArea> chosen = EnumSet.noneOf(ApiArea.class);
        for (String area : areas) {
            try {
                chosen.add(ApiArea.valueOf(area));
            } catch (IllegalArgumentException | NullPointerException unknown) {
                throw DomainException.invalid("areas", "account.token.unknownArea");
            }
        }
        return chosen;
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(ZoneOffset.UTC));
    }

    /** An instant as the reader reads it, in the zone of their language, which is named. */
    public String time(Instant instant) {
        Locale locale = localeSelector.getLocale();
        return LocalisedTime.text(instant, locale, LocalisedTime.zoneOf(locale));
    }

    /** A token's last day (it works until that day ends, UTC). */
    public String lastDayOf(AccessTokens.Row row) {
        return Figures.date(
                LocalDate.ofInstant(row.expiresAt(), ZoneOffset.UTC).minusDays(1), localeSelector.getLocale());
    }

    public String areasOf(AccessTokens.Row row) {
        if (row.areas().isEmpty()) {
            return messages.text("account.token.areas.all");
        }
        return row.areas().stream()
                .sorted()
                .map(area -> messages.text(area.messageKey()))
                .collect(Collectors.joining(", "));
    }

    public String revokeQuestion(AccessTokens.Row row) {
        return messages.text("account.token.revoke.confirm", row.name());
    }

    public String statusOf(AccessTokens.Row row) {
        if (row.revokedAt() != null) {
            return messages.text("account.token.status.revoked");
        }
        return messages.text(row.active() ? "account.token.status.active" : "account.token.status.expired");
    }

    public List<ApiArea> getAllAreas() {
        return List.of(ApiArea.values());
    }

    public LocalDate getMinDay() {
        return today();
    }

    public LocalDate getMaxDay() {
        return today().plusDays(AccessTokens.MAX_DAYS - 1);
    }

    public List<AccessTokens.Row> getRows() {
        return rows;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public boolean isCanWrite() {
        return canWrite;
    }

    public void setCanWrite(boolean canWrite) {
        this.canWrite = canWrite;
    }

    public List<String> getAreas() {
        return areas;
    }

    public void setAreas(List<String> areas) {
        this.areas = areas == null ? new ArrayList<>() : new ArrayList<>(areas);
    }

    public LocalDate getLastDay() {
        return lastDay;
    }

    public void setLastDay(LocalDate lastDay) {
        this.lastDay = lastDay;
    }

    public String getNewSecret() {
        return newSecret;
    }

    public String getNewName() {
        return newName;
    }
}
