package org.greenhub.organisation.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.greenhub.platform.domain.BaseEntity;
import org.greenhub.platform.error.DomainException;
import org.greenhub.platform.i18n.Language;
import org.greenhub.platform.text.SearchKey;
import org.greenhub.platform.text.TextRules;

import java.io.Serializable;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

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

    @Column(name = "name_en", nullable = false)
    private String nameEn;

    @Column(name = "name_zh", nullable = false)
    private String nameZh;

    @Column(name = "name_th", nullable = false)
    private String nameTh;

    @Column(name = "name_vi", nullable = false)
    private String nameVi;

    /** Further terms, comma separated, in any script ("coal-fired, 火电，煤电、ถ่านหิน"). */
    @Column(nullable = false)
    private String keywords;

    @Column(nullable = false)
    private boolean active;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private long version;

    protected RestrictedActivity() {
    }

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
    public record Names(String en, String zh, String th, String vi) implements Serializable {
    }

    public void change(Names names, String keywords, Instant now) {
        this.nameEn = TextRules.name("nameEn", names.en(), 200);
        this.nameZh = TextRules.name("nameZh", names.zh(), 200);
        this.nameTh = TextRules.name("nameTh", names.th(), 200);
        this.nameVi = TextRules.name("nameVi", names.vi(), 200);
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
        List<String> terms = new java.util.ArrayList<>(List.of(nameEn, nameZh, nameTh, nameVi));
        terms.addAll(Arrays.asList(KEYWORD_SEPARATORS.split(keywords)));
        return terms.stream().map(SearchKey::fold).filter(t -> t.length() >= 2).distinct().toList();
    }

    public boolean matches(String sector) {
        String folded = SearchKey.fold(sector);
        return !folded.isEmpty() && terms().stream().anyMatch(folded::contains);
    }

    public String name(Language language) {
        return switch (language) {
            case CHINESE -> nameZh;
            case THAI -> nameTh;
            case VIETNAMESE -> nameVi;
            default -> nameEn;
        };
    }

    public Map<String, Object> state() {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("code", code);
        state.put("nameEn", nameEn);
        state.put("nameZh", nameZh);
        state.put("nameTh", nameTh);
        state.put("nameVi", nameVi);
        state.put("keywords", keywords);
        state.put("active", active);
        return state;
    }

    public String getCode() { return code; }
    public String getNameEn() { return nameEn; }
    public String getNameZh() { return nameZh; }
    public String getNameTh() { return nameTh; }
    public String getNameVi() { return nameVi; }
    public String getKeywords() { return keywords; }
    public boolean isActive() { return active; }
    public Instant getUpdatedAt() { return updatedAt; }
    public long getVersion() { return version; }
}
