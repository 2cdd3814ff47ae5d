package io.safeguard.identity;

import io.safeguard.shared.AccountId;
import java.io.Serializable;

/** The signed-in account, as kept in the session. Holds no secret. */
public record AccountPrincipal(AccountId id, String email, String displayName, boolean platformAdmin)
        implements Serializable {

    static AccountPrincipal of(Account account) {
        return new AccountPrincipal(account.id(), account.email(), account.displayName(), account.platformAdmin());
    }
}
