package io.safeguard;

import static org.assertj.core.api.Assertions.assertThat;

import io.safeguard.shared.Permission;
import io.safeguard.shared.Role;
import org.junit.jupiter.api.Test;

class RoleTests {
    @Test
    void auditorReadsEverythingAndChangesNothing() {
        assertThat(Role.AUDITOR.allows(Permission.VIEW)).isTrue();
        assertThat(Role.AUDITOR.allows(Permission.VIEW_ACTIVITY)).isTrue();
        assertThat(Role.AUDITOR.allows(Permission.EDIT)).isFalse();
        assertThat(Role.AUDITOR.allows(Permission.MANAGE_ORGANIZATION)).isFalse();
        assertThat(Role.AUDITOR.allows(Permission.MANAGE_MEMBERS)).isFalse();
    }

    @Test
    void onlyOwnersManageMembers() {
        assertThat(Role.values()).filteredOn(r -> r.allows(Permission.MANAGE_MEMBERS)).containsExactly(Role.OWNER);
    }

    @Test
    void activityTrailIsForOwnersAndAuditors() {
        assertThat(Role.values()).filteredOn(r -> r.allows(Permission.VIEW_ACTIVITY)).containsExactlyInAnyOrder(Role.OWNER, Role.AUDITOR);
    }

    @Test
    void aTokenRoleIsCappedByTheMembersRole() {
        assertThat(Role.AUDITOR.isAtMost(Role.CONTRIBUTOR)).isFalse(); // an auditor token could read the trail
        assertThat(Role.CONTRIBUTOR.isAtMost(Role.COMPLIANCE_OFFICER)).isTrue();
        assertThat(Role.OWNER.isAtMost(Role.COMPLIANCE_OFFICER)).isFalse();
        assertThat(Role.AUDITOR.isAtMost(Role.OWNER)).isTrue();
    }
}
