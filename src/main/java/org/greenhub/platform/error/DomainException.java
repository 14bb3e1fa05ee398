package org.greenhub.platform.error;

import java.util.Arrays;

/**
 * A refusal the user can understand: carries a message key (translated where it is shown), its arguments and,
 * where the refusal concerns one input, the field. Web pages show it beside the field; the API answers with a
 * problem document whose status comes from the {@link Kind}.
 */
public class DomainException extends RuntimeException {

    public enum Kind {
        INVALID(422),
        /** A malformed request the caller must fix before resending it (e.g. a query parameter out of range). */
        BAD_REQUEST(400),
        /** An update sent with an {@code If-Match} version that is no longer the record's. */
        PRECONDITION_FAILED(412),
        /** An update sent without {@code If-Match}, where lost updates must be prevented. */
        PRECONDITION_REQUIRED(428),
        CONFLICT(409),
        NOT_FOUND(404),
        FORBIDDEN(403),
        UNAUTHENTICATED(401),
        TOO_MANY(429);

        public final int status;

        Kind(int status) {
            this.status = status;
        }
    }

    private final Kind kind;
    private final String messageKey;
    private final String field;
    private final transient Object[] args;

    public DomainException(Kind kind, String messageKey, String field, Object... args) {
        super(messageKey
                + (field == null ? "" : " [" + field + "]")
                + (args.length == 0 ? "" : " " + Arrays.toString(args)));
        this.kind = kind;
        this.messageKey = messageKey;
        this.field = field;
        this.args = args;
    }

    public static DomainException invalid(String field, String messageKey, Object... args) {
        return new DomainException(Kind.INVALID, messageKey, field, args);
    }

    public static DomainException badRequest(String field, String messageKey, Object... args) {
        return new DomainException(Kind.BAD_REQUEST, messageKey, field, args);
    }

    public static DomainException conflict(String field, String messageKey, Object... args) {
        return new DomainException(Kind.CONFLICT, messageKey, field, args);
    }

    /** The same answer for "does not exist" and "exists but is not yours": nothing leaks. */
    public static DomainException notFound() {
        return new DomainException(Kind.NOT_FOUND, "platform.error.notFound", null);
    }

    /**
     * Not signed in (or the credentials were refused, for the reason the key and its arguments give, e.g. the seconds
     * to wait): the API answers 401 with a Basic challenge.
     */
    public static DomainException unauthenticated(String messageKey, Object... args) {
        return new DomainException(
                Kind.UNAUTHENTICATED,
                messageKey == null ? "account.signIn.required" : messageKey,
                null,
                messageKey == null ? new Object[0] : args);
    }

    public static DomainException forbidden() {
        return new DomainException(Kind.FORBIDDEN, "platform.error.forbidden", null);
    }

    public Kind kind() {
        return kind;
    }

    public String messageKey() {
        return messageKey;
    }

    public String field() {
        return field;
    }

    public Object[] args() {
        return args == null ? new Object[0] : args;
    }
}
