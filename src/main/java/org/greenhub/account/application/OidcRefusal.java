package org.greenhub.account.application;

/**
 * A sign-in through the OpenID Connect provider that GreenHub refuses: the message key is what the person reads (in
 * their language), the reason what the log and the audit trail keep.
 */
public class OidcRefusal extends RuntimeException {

    private final String messageKey;

    public OidcRefusal(String messageKey, String reason) {
        super(reason);
        this.messageKey = messageKey;
    }

    public OidcRefusal(String messageKey, String reason, Throwable cause) {
        super(reason, cause);
        this.messageKey = messageKey;
    }

    public String messageKey() {
        return messageKey;
    }
}
