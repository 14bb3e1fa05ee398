package org.greenhub.platform.audit.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import org.greenhub.platform.audit.AuditSearch;
import org.greenhub.platform.i18n.Messages;
import org.greenhub.platform.web.TimeText;

/**
 * Reads an audit event to a person: "who did what to which record" in the reader's language (the template
 * {@code audit.event.<ACTION>}), and the changed fields as "field: before → after" with translated field names and
 * values. The trail itself keeps what was stored (the action code and the recorded state); only the reading changes.
 */
@ApplicationScoped
public class AuditSentences {

    /** A recorded state is written as {@code {key=value, key=value}}: a new pair starts where ", key=" follows. */
    private static final Pattern PAIR_BOUNDARY = Pattern.compile(", (?=[A-Za-z][A-Za-z0-9]*=)");

    private static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)*");

    @Inject
    Messages messages;

    /** An event as the page shows it: each change a line "field: before → after" in the reader's language. */
    public record Described(long id, String when, String sentence, List<String> changes, String detail, String address)
            implements java.io.Serializable {

        /** The event in one line, for the CSV download. */
        public String exportText() {
            StringBuilder line = new StringBuilder(sentence);
            changes.forEach(change -> line.append("; ").append(change));
            if (detail != null) {
                line.append("; ").append(detail);
            }
            return line.toString();
        }
    }

    public Described describe(AuditSearch.Event event, Locale locale) {
        return new Described(
                event.id(),
                TimeText.of(event.occurredAt(), zone(locale)),
                sentence(
                        event.action(),
                        actor(event, locale),
                        record(event.entityType(), event.entityId(), locale),
                        locale),
                changes(event.beforeState(), event.afterState(), locale),
                event.detail() == null ? null : text(locale, "audit.detail", note(event.detail(), locale)),
                event.clientAddress());
    }

    /** The filter's label of an action: its sentence about someone and a record of its kind. */
    public String actionLabel(String action, String entityType, Locale locale) {
        return sentence(action, text(locale, "audit.actor.someone"), record(entityType, null, locale), locale);
    }

    /** The filter's label of a record type: its name in the reader's language, capitalised as a list item; the code only if unnamed. */
    public String recordTypeLabel(String entityType, Locale locale) {
        String key = "audit.entity." + entityType;
        if (!messages.has(key)) {
            return entityType;
        }
        String name = text(locale, key);
        return name.isEmpty() ? name : name.substring(0, 1).toUpperCase(locale) + name.substring(1);
    }

    private String sentence(String action, String actor, String record, Locale locale) {
        String key = "audit.event." + action;
        String target = record == null ? text(locale, "audit.record.any") : record;
        if (!messages.has(key)) {
            // an event of an older version, whose sentence is gone: say what is known without inventing a meaning
            return text(locale, "audit.event.unknown", actor, target, action);
        }
        return text(locale, key, actor, target);
    }

    private String actor(AuditSearch.Event event, Locale locale) {
        if (event.actorEmail() != null) {
            return event.actorEmail();
        }
        return event.actorId() == null
                ? text(locale, "audit.actor.system")
                : text(locale, "audit.actor.account", String.valueOf(event.actorId()));
    }

    private String record(String entityType, String entityId, Locale locale) {
        if (entityType == null) {
            return text(locale, "audit.record.any");
        }
        String key = "audit.entity." + entityType;
        String name = messages.has(key) ? text(locale, key) : entityType;
        return entityId == null ? name : text(locale, "audit.record", name, entityId);
    }

    List<String> changes(String beforeState, String afterState, Locale locale) {
        Map<String, String> before = parse(beforeState);
        Map<String, String> after = parse(afterState);
        Set<String> fields = new LinkedHashSet<>(after.keySet());
        fields.addAll(before.keySet());
        List<String> changes = new ArrayList<>();
        for (String field : fields) {
            String was = before.get(field);
            String is = after.get(field);
            if (beforeState != null && afterState != null && Objects.equals(was, is)) {
                continue; // unchanged: the trail keeps it, the reader does not need it
            }
            String now = afterState == null ? text(locale, "audit.value.removed") : value(is, locale);
            changes.add(
                    beforeState == null
                            ? text(locale, "audit.change.set", fieldName(field, locale), now)
                            : text(locale, "audit.change", fieldName(field, locale), value(was, locale), now));
        }
        return changes;
    }

    /** Reads a stored state back into its fields, in their stored order. */
    static Map<String, String> parse(String state) {
        Map<String, String> fields = new LinkedHashMap<>();
        if (state == null || state.length() < 2 || !state.startsWith("{") || !state.endsWith("}")) {
            return fields;
        }
        String inner = state.substring(1, state.length() - 1);
        if (inner.isEmpty()) {
            return fields;
        }
        for (String pair : PAIR_BOUNDARY.split(inner)) {
            int equals = pair.indexOf('=');
            if (equals > 0) {
                fields.put(pair.substring(0, equals), pair.substring(equals + 1));
            }
        }
        return fields;
    }

    /**
     * A note the code writes itself ("renewal job", "wrong password") is read in the reader's language
     * ({@code audit.note.<words-joined-by-dashes>}); a note a person wrote (a reason) is shown as written.
     */
    private String note(String detail, Locale locale) {
        String key = "audit.note." + detail.strip().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-");
        return messages.has(key) ? text(locale, key) : detail;
    }

    private String fieldName(String field, Locale locale) {
        String key = "audit.field." + field;
        return messages.has(key) ? text(locale, key) : field;
    }

    private String value(String value, Locale locale) {
        if (value == null || value.isEmpty() || value.equals("null")) {
            return text(locale, "audit.value.empty");
        }
        if (value.equals("true") || value.equals("false")) {
            return text(locale, "audit.value." + value);
        }
        if (CODE.matcher(value).matches() && messages.has("audit.value." + value)) {
            return text(locale, "audit.value." + value);
        }
        if (value.startsWith("[") && value.endsWith("]") && value.length() > 2) {
            // a set of values (a residency's services): each one read as a word, in the stored order
            List<String> words = new ArrayList<>();
            for (String item : value.substring(1, value.length() - 1).split(", ")) {
                words.add(value(item, locale));
            }
            return String.join(", ", words);
        }
        return value;
    }

    /** Times are read in the zone of the reader's language (the zone named beside them). */
    private static String zone(Locale locale) {
        return org.greenhub.platform.web.LocalisedTime.zoneOf(locale);
    }

    private String text(Locale locale, String key, Object... args) {
        return messages.get(locale, key, args);
    }
}
