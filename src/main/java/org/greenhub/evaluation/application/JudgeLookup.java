package org.greenhub.evaluation.application;

import java.util.List;
import java.util.Set;
import org.greenhub.account.domain.UserAccount;

/** Accounts found by the e-mail addresses a score import names. */
public interface JudgeLookup {

    /** Accounts whose address, lower-cased, is one of {@code emails} (given in lower case). */
    List<UserAccount> withEmails(Set<String> emails);
}
