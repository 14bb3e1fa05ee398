package org.greenhub.platform.domain;

import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;

/**
 * A record that several people may change at once (a manager and a coordinator, two tabs): its {@code version}
 * column makes the second of two conflicting saves fail instead of silently overwriting the first.
 */
@MappedSuperclass
public abstract class VersionedEntity extends CreatedEntity {

    private static final long serialVersionUID = 1L;

    @Version
    private long version;

    protected VersionedEntity() {}

    public long getVersion() {
        return version;
    }
}
