package org.greenhub.incubation.domain;

import java.util.Collection;
import java.util.List;

/** Invitations of award winners to intake calls, as stored. */
public interface IntakeInvitationRepository {

    void add(IntakeInvitation invitation);

    /** The organisations already invited to the call. */
    List<Long> organisationIdsInvitedTo(long callId);

    /** The call's invitations for this winning entry addressed to one of these organisations. */
    List<IntakeInvitation> of(long callId, long entryId, Collection<Long> organisationIds);
}
