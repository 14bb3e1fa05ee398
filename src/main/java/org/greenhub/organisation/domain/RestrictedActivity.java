package org.greenhub.organisation.domain;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.io.Serializable;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.greenhub.platform.domain.BaseEntity;
import org.greenhub.platform.error.DomainException;
import org.greenhub.platform.i18n.Language;
import org.greenhub.platform.i18n.LocalisedName;
import org.greenhub.platform.text.SearchKey;
import org.greenhub.platform.text.TextRules;

/**
 * An activity on the restricted-entry list (high pollution, high energy use, high emission: "two-high" sectors).
 * An organisation whose sector matches one of its names or keywords, in any language, is flagged or refused by the
 * programmes, with this entry as the recorded reason. Administrators keep the list; entries are retired, not
 * deleted, so old decisions still name their reason.
 */
@Entity
@Table(name = "restricted_activity")
public class RestrictedActivity extends BaseEntity implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final java.util.regex.Pattern KEYWORD_SEPARATORS = java.util.regex.Pattern.compile("[,，、;；\\n]");

    @Column(nullable = false, unique = true)
    private String code;

    // every language is required here: the list is read against sectors written in any of them
    @Embedded
    @AttributeOverride(name = "en", column = @Column(name = "name_en", nullable = false))
    @AttributeOverride(name = "zh", column = @Column(name = "name_zh", nullable = false))
    @AttributeOverride(name = "th", column = @Column(name = "name_th", nullable = false))
    @AttributeOverride(name = "vi", column = @Column(name = "name_vi", nullable = false))
    private LocalisedName name;

    /** Further terms, comma separated, in any script ("coal-fired, 火电，煤电、ถ่านหิน"). */
    @Column(nullable = false)
    private String keywords;

    @Column(nullable = false)
    private boolean active;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private long version;

    protected RestrictedActivity() {}

    public RestrictedActivity(String code, Names names, String keywords, Instant now) {
        String cleanCode = TextRules.name("code", code, 60);
        if (!cleanCode.matches("[A-Z][A-Z0-9_]{1,59}")) {
            throw DomainException.invalid("code", "organisation.restricted.codeFormat");
        }
        this.code = cleanCode;
        this.active = true;
        change(names, keywords, now);
    }

    /** Names in the four interface languages. */
    public record Names(String en, String zh, String th, String vi) implements Serializable {}

    public void change(Names names, String keywords, Instant now) {
        // checked here, not by LocalisedName.name(...): all four are required and the form's fields are nameEn ...
        // nameVi
        this.name = LocalisedName.of(
                TextRules.name("nameEn", names.en(), 200),
                TextRules.name("nameZh", names.zh(), 200),
                TextRules.name("nameTh", names.th(), 200),
                TextRules.name("nameVi", names.vi(), 200));
        String cleanKeywords = TextRules.optionalName("keywords", keywords, 2000);
        this.keywords = cleanKeywords == null ? "" : cleanKeywords;
        this.updatedAt = now;
    }

    public void setActive(boolean active, Instant now) {
        this.active = active;
        this.updatedAt = now;
    }

    /**
     * Every folded term that marks a sector as this activity: its four names and its keywords. Chinese administrators
     * separate keywords with the full-width comma "，" or the enumeration comma "、", so those split like ",".
     */
    public List<String> terms() {
        List<String> terms = new java.util.ArrayList<>(List.of(name.all()));
        terms.addAll(Arrays.asList(KEYWORD_SEPARATORS.split(keywords)));
        return terms.stream()
                .map(SearchKey::fold)
                .filter(t -> t.length() >= 2)
                .distinct()
                .toList();
    }

    public boolean matches(String sector) {
        String folded = SearchKey.fold(sector);
        return !folded.isEmpty() && terms().stream().anyMatch(folded::contains);
    }

    public String name(Language language) {
        return name.text(language);
    }

    public Map<String, Object> state() {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("code", code);
        state.put("nameEn", getNameEn());
        state.put("nameZh", getNameZh());
        state.put("nameTh", getNameTh());
        state.put("nameVi", getNameVi());
        state.put("keywords", keywords);
        state.put("active", active);
        return state;
    }

    public String getCode() {
        return code;
    }

    public LocalisedName getName() {
        return name;
    }

    public String getNameEn() {
        return name.english();
    }

    public String getNameZh() {
        return name.exact(Language.CHINESE);
    }

    public String getNameTh() {
        return name.exact(Language.THAI);
    }

    public String getNameVi() {
        return name.exact(Language.VIETNAMESE);
    }

    public String getKeywords() {
        return keywords;
    }

    public boolean isActive() {
        return active;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public long getVersion() {
        return version;
    }
}
