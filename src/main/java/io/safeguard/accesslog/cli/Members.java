package io.safeguard.accesslog.cli;

import io.safeguard.identity.AccountAdministration;
import io.safeguard.identity.TenantAccess;
import io.safeguard.shared.DatabaseCommand;
import io.safeguard.shared.TenantId;
import io.safeguard.shared.TenantScope;

/** The scope of a member acting from the command line ({@code --tenant ID --as E-MAIL}). */
final class Members {
    private Members() {}

    static TenantScope scope(DatabaseCommand.Beans beans, String tenant, String email) {
        TenantId id = TenantId.parse(tenant);
        var person = beans.get(AccountAdministration.class).findByEmail(email)
                .orElseThrow(() -> new IllegalArgumentException("no account " + email));
        return beans.get(TenantAccess.class).scopeOf(person.id(), id)
                .orElseThrow(() -> new IllegalArgumentException(email + " is not a member of " + tenant));
    }
}
