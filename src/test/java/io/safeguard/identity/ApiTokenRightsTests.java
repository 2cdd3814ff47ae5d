package io.safeguard.identity;

import static org.assertj.core.api.Assertions.assertThat;

import io.safeguard.shared.Permission;
import io.safeguard.shared.Role;
import org.junit.jupiter.api.Test;

class ApiTokenRightsTests {
    @Test
    void aTokenNeverMayDoWhatItsOwnRoleOrItsMembersRoleForbids() {
        for (Role token : Role.values()) {
            for (Role member : Role.values()) {
                Role effective = ApiTokens.effectiveRole(token, member);
                for (Permission permission : Permission.values()) {
                    if (effective != null && effective.allows(permission)) {
                        assertThat(token.allows(permission) && member.allows(permission))
                                .as("%s token of a %s member may %s", token, member, permission).isTrue();
                    }
                }
            }
        }
    }

    @Test
    void anAuditorTokenOfAContributorIsRefusedAndAnOwnerTokenOfAnAuditorActsAsAuditor() {
        assertThat(ApiTokens.effectiveRole(Role.AUDITOR, Role.CONTRIBUTOR)).isNull();
        assertThat(ApiTokens.effectiveRole(Role.OWNER, Role.AUDITOR)).isEqualTo(Role.AUDITOR);
        assertThat(ApiTokens.effectiveRole(Role.CONTRIBUTOR, Role.OWNER)).isEqualTo(Role.CONTRIBUTOR);
    }
}
