package org.greenhub.alliance.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.greenhub.alliance.application.MembershipQueries;
import org.greenhub.platform.i18n.Language;
import org.greenhub.platform.i18n.LocaleSelector;

/** The memberships and applications of the caller's organisations. */
@Named("myMemberships")
@ViewScoped
public class MyMembershipsBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    MembershipQueries queries;

    @Inject
    LocaleSelector locale;

    private List<MembershipQueries.MyMembershipRow> rows;

    @PostConstruct
    void init() {
        rows = queries.mine(Language.of(locale.getLocale()));
    }

    public List<MembershipQueries.MyMembershipRow> getRows() {
        return rows;
    }
}
