package org.greenhub.organisation.application;

/** The counts behind the administrator's dashboard figures, one query each. */
public interface AdministrationCounts {

    AdministrationFigures.Figures count();
}
