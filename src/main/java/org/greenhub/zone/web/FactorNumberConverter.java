package org.greenhub.zone.web;

import jakarta.faces.convert.FacesConverter;
import org.greenhub.platform.web.PlainNumberConverter;

/**
 * A factor as an administrator types and reads it: up to 20 decimals, every one shown (0.0012143 must not read as
 * 0.001).
 */
@FacesConverter("greenhub.factorNumber")
public class FactorNumberConverter extends PlainNumberConverter {

    public FactorNumberConverter() {
        super(12, 20);
    }
}
