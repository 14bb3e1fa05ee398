package org.greenhub.zone.domain;

/**
 * What the zone's accounts count of one enterprise-year: its newest accepted version's figures, read as values (a
 * zone of 10,000 enterprises over ten years is 100,000 of them: no entity is built or watched for changes).
 */
public record AcceptedFigures(long organisationId, int year, DeclarationFigures figures) {}
