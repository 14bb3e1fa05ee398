package org.greenhub.platform.persistence;

/** A lock held until the current transaction ends: one node at a time runs the guarded work. */
public interface ClusterLock {

    /** Waits for the lock of this name; it is released when the caller's transaction (which must exist) ends. */
    void acquireForTransaction(String name);
}
