package org.greenhub.alliance.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.List;
import org.greenhub.alliance.application.AllianceAdministration;
import org.greenhub.alliance.application.AllianceAdministration.AllianceSummary;
import org.greenhub.alliance.application.AllianceDocuments;
import org.greenhub.alliance.application.MembershipQueries;
import org.greenhub.alliance.application.MembershipQueries.DirectoryQuery;
import org.greenhub.alliance.application.MembershipQueries.DirectoryRow;
import org.greenhub.organisation.domain.OrganisationKind;
import org.greenhub.platform.error.DomainException;
import org.greenhub.platform.i18n.Language;
import org.greenhub.platform.i18n.LocaleSelector;
import org.greenhub.platform.i18n.LocalisedName;
import org.greenhub.platform.web.DatabasePage;
import org.greenhub.platform.web.PageRefusals;

/** The public member directory of one alliance: search in any script, filters by category and kind, paged in the database. */
@Named("allianceDirectory")
@ViewScoped
public class AllianceDirectoryBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    MembershipQueries queries;

    @Inject
    AllianceAdministration administration;

    @Inject
    AllianceDocuments documents;

    @Inject
    LocaleSelector locale;

    private Long allianceId;
    private AllianceSummary alliance;
    private List<Category> categories;
    private List<AllianceDocuments.DocumentRow> allianceDocuments;
    private List<AllianceAdministration.CouncilRow> council;
    private String searchText;
    private Long categoryFilter;
    private OrganisationKind kindFilter;
    private DatabasePage<DirectoryRow> page;

    /** A category as the filter shows it. */
    public record Category(long id, LocalisedName name) implements Serializable {}

    public void load() throws IOException {
        try {
            if (allianceId == null) {
                throw DomainException.notFound();
            }
            alliance = administration.summary(allianceId, Language.of(locale.getLocale()));
            categories = administration.categoryChoices(allianceId).stream()
                    .map(c -> new Category(c.id(), c.name()))
                    .toList();
            allianceDocuments = documents.allianceDocuments(allianceId);
            council = administration.council(allianceId);
            page = new DatabasePage<>() {
                @Override
                protected List<DirectoryRow> page(int first, int size, String sortField, boolean ascending) {
                    return queries.directory(query(ascending), first, size);
                }

                @Override
                protected long total() {
                    return queries.countDirectory(query(true));
                }

                @Override
                protected Object keyOf(DirectoryRow row) {
                    return row.id();
                }
            };
        } catch (DomainException refusal) {
            PageRefusals.refuseHidingForbidden(refusal);
        }
    }

    private DirectoryQuery query(boolean ascending) {
        return new DirectoryQuery(allianceId, searchText, categoryFilter, kindFilter, ascending);
    }

    public List<OrganisationKind> getKinds() {
        return List.of(OrganisationKind.values());
    }

    public Long getAllianceId() {
        return allianceId;
    }

    public void setAllianceId(Long allianceId) {
        this.allianceId = allianceId;
    }

    public AllianceSummary getAlliance() {
        return alliance;
    }

    public List<Category> getCategories() {
        return categories;
    }

    public List<AllianceDocuments.DocumentRow> getAllianceDocuments() {
        return allianceDocuments;
    }

    public String getSearchText() {
        return searchText;
    }

    public void setSearchText(String searchText) {
        this.searchText = searchText;
    }

    public Long getCategoryFilter() {
        return categoryFilter;
    }

    public void setCategoryFilter(Long categoryFilter) {
        this.categoryFilter = categoryFilter;
    }

    public OrganisationKind getKindFilter() {
        return kindFilter;
    }

    public void setKindFilter(OrganisationKind kindFilter) {
        this.kindFilter = kindFilter;
    }

    public DatabasePage<DirectoryRow> getPage() {
        return page;
    }

    public List<AllianceAdministration.CouncilRow> getCouncil() {
        return council;
    }
}
