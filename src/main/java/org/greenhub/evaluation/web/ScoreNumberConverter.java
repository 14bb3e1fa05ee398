package org.greenhub.evaluation.web;

import jakarta.faces.convert.FacesConverter;
import org.greenhub.platform.web.PlainNumberConverter;

/** A score as a judge types and reads it: scores are small, with at most six decimals. */
@FacesConverter("greenhub.scoreNumber")
public class ScoreNumberConverter extends PlainNumberConverter {

    public ScoreNumberConverter() {
        super(9, 6);
    }
}
