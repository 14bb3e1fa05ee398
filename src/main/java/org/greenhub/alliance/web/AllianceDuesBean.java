package org.greenhub.alliance.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.greenhub.alliance.application.AllianceExports;
import org.greenhub.alliance.application.MembershipQueries;
import org.greenhub.alliance.application.MembershipQueries.LedgerRow;
import org.greenhub.platform.web.DatabasePage;
import org.primefaces.model.StreamedContent;

/** The dues tab: the alliance's dues ledger, paged in the database, and its exports. */
@Named("allianceDues")
@ViewScoped
public class AllianceDuesBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    AllianceManageBean manage;

    @Inject
    MembershipQueries queries;

    @Inject
    AllianceExports exports;

    private DatabasePage<LedgerRow> ledger;

    @PostConstruct
    void init() {
        ledger = new DatabasePage<>() {
            @Override
            protected List<LedgerRow> page(int first, int size, String sortField, boolean ascending) {
                return queries.ledger(manage.getAllianceId(), first, size);
            }

            @Override
            protected long total() {
                return queries.countLedger(manage.getAllianceId());
            }

            @Override
            protected Object keyOf(LedgerRow row) {
                return row.id();
            }
        };
    }

    public StreamedContent getLedgerCsv() {
        return AlliancePages.download(
                () -> exports.ledger(manage.getAllianceId(), AllianceExports.Format.CSV, manage.getLanguage()));
    }

    public StreamedContent getLedgerExcel() {
        return AlliancePages.download(
                () -> exports.ledger(manage.getAllianceId(), AllianceExports.Format.XLSX, manage.getLanguage()));
    }

    public DatabasePage<LedgerRow> getLedger() {
        return ledger;
    }
}
