package org.greenhub.platform.web;

/**
 * A page request that no page of GreenHub sends: a crafted Ajax request without the parameters its component always
 * sends (a wizard step, a tab, an upload's body). Answered with 400 and nothing else (no error dialog, no incident):
 * the caller's mistake, not the server's.
 */
public class MalformedRequest extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public MalformedRequest(String what) {
        super(what);
    }
}
