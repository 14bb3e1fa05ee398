package org.greenhub.zone.application;

import java.util.List;
import org.greenhub.platform.error.DomainException;

/** A declaration sheet refused as a whole, with every bad line: nothing was stored. */
public class DeclarationImportRejected extends DomainException {

    private static final long serialVersionUID = 1L;

    private final transient List<DeclarationSheet.Problem> problems;

    public DeclarationImportRejected(List<DeclarationSheet.Problem> problems) {
        super(Kind.INVALID, "zoneimport.import.rejected", "file", problems.size());
        this.problems = List.copyOf(problems);
    }

    /** The bad lines, by line number. */
    public List<DeclarationSheet.Problem> problems() {
        return problems;
    }
}
