package org.greenhub.evaluation.application;

import java.io.Serializable;

/** Something picked in an auto-complete (an organisation, a judge): its id and what the picker shows. */
public record Choice(long id, String label) implements Serializable {}
