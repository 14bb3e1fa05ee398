package org.greenhub.platform.audit.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.greenhub.platform.audit.AuditSearch;
import org.greenhub.platform.i18n.LocaleSelector;
import org.greenhub.platform.web.DatabasePage;

/** Administrators search the audit trail (the page itself is restricted to administrators in web.xml). */
@Named("auditTrail")
@ViewScoped
public class AuditTrailBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    AuditSearch search;

    @Inject
    AuditSentences sentences;

    @Inject
    LocaleSelector locale;

    private String action;
    private String actor;
    private String entityType;
    private String entityId;
    private LocalDate from;
    private LocalDate to;
    private DatabasePage<AuditSentences.Described> events;

    @PostConstruct
    void init() {
        events = new DatabasePage<>() {
            @Override
            protected List<AuditSentences.Described> page(int first, int size, String sortField, boolean ascending) {
                // each event read as a sentence in the reader's language, with its changed fields
                return search.page(criteria(), first, size, sortField == null || !ascending).stream()
                        .map(event -> sentences.describe(event, locale.getLocale()))
                        .toList();
            }

            @Override
            protected long total() {
                return search.count(criteria());
            }

            @Override
            protected Object keyOf(AuditSentences.Described row) {
                return row.id();
            }
        };
    }

    private AuditSearch.Criteria criteria() {
        return new AuditSearch.Criteria(
                action,
                actor,
                entityType,
                entityId,
                from == null ? null : from.atStartOfDay().toInstant(ZoneOffset.UTC),
                to == null ? null : to.plusDays(1).atStartOfDay().toInstant(ZoneOffset.UTC));
    }

    /** The actions recorded so far, each labelled by its sentence (the value stays the stored code). */
    public List<jakarta.faces.model.SelectItem> getActions() {
        return search.actionsWithRecordTypes().entrySet().stream()
                .map(action -> new jakarta.faces.model.SelectItem(
                        action.getKey(), sentences.actionLabel(action.getKey(), action.getValue(), locale.getLocale())))
                .sorted(java.util.Comparator.comparing(jakarta.faces.model.SelectItem::getLabel))
                .toList();
    }
    /** The record types in the trail, each labelled by its name in the reader's language (the value stays the stored code). */
    public List<jakarta.faces.model.SelectItem> getRecordTypes() {
        return search.recordTypes().stream()
                .map(type ->
                        new jakarta.faces.model.SelectItem(type, sentences.recordTypeLabel(type, locale.getLocale())))
                .sorted(java.util.Comparator.comparing(jakarta.faces.model.SelectItem::getLabel))
                .toList();
    }

    public DatabasePage<AuditSentences.Described> getEvents() {
        return events;
    }

    public String getAction() {
        return action;
    }

    public void setAction(String action) {
        this.action = action;
    }

    public String getActor() {
        return actor;
    }

    public void setActor(String actor) {
        this.actor = actor;
    }

    public String getEntityType() {
        return entityType;
    }

    public void setEntityType(String entityType) {
        this.entityType = entityType;
    }

    public String getEntityId() {
        return entityId;
    }

    public void setEntityId(String entityId) {
        this.entityId = entityId;
    }

    public LocalDate getFrom() {
        return from;
    }

    public void setFrom(LocalDate from) {
        this.from = from;
    }

    public LocalDate getTo() {
        return to;
    }

    public void setTo(LocalDate to) {
        this.to = to;
    }
}
