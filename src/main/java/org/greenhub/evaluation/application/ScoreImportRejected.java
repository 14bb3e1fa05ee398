package org.greenhub.evaluation.application;

import java.util.List;
import org.greenhub.platform.error.DomainException;

/** A score import refused as a whole, with every bad line: nothing was stored. */
public class ScoreImportRejected extends DomainException {

    /** One bad line: its number in the file (1 is the header) and why, as a message key with arguments. */
    public record Problem(int line, String messageKey, List<Object> args) {
        public Problem(int line, String messageKey, Object... args) {
            this(line, messageKey, List.of(args));
        }
    }

    private final transient List<Problem> problems;

    public ScoreImportRejected(List<Problem> problems) {
        super(Kind.INVALID, "evaluation.import.rejected", "file", problems.size());
        this.problems = List.copyOf(problems);
    }

    public List<Problem> problems() {
        return problems;
    }
}
