package org.greenhub.reserve.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.io.Serializable;
import java.util.Arrays;
import java.util.List;

/**
 * A screening flag as kept with the project for its reviewers: the bundle key, the field and the sentence's values
 * (names and numbers, already formatted plainly), joined by the unit separator, which no name or number contains.
 */
@Embeddable
public class StoredFinding implements Serializable {

    private static final long serialVersionUID = 1L;

    private static final String SEPARATOR = "\u001f";

    @Column(name = "message_key", nullable = false, length = 120)
    private String messageKey;

    @Column(length = 80)
    private String field;

    @Column(length = 400)
    private String arguments;

    protected StoredFinding() {}

    static StoredFinding of(Screening.Finding finding) {
        StoredFinding stored = new StoredFinding();
        stored.messageKey = finding.messageKey();
        stored.field = finding.field();
        stored.arguments = String.join(
                SEPARATOR, finding.arguments().stream().map(String::valueOf).toList());
        return stored;
    }

    public String getMessageKey() {
        return messageKey;
    }

    public String getField() {
        return field;
    }

    public List<String> getArguments() {
        return arguments == null || arguments.isEmpty() ? List.of() : Arrays.asList(arguments.split(SEPARATOR, -1));
    }
}
