package io.safeguard.inventory;

import static io.safeguard.support.Fixtures.signedIn;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.safeguard.shared.NotFound;
import io.safeguard.shared.Role;
import io.safeguard.shared.TenantId;
import io.safeguard.shared.TenantScope;
import io.safeguard.shared.tabular.ImportRow;
import io.safeguard.support.Fixtures;
import io.safeguard.support.IntegrationTest;
import io.safeguard.support.MutableClock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** The inventory keeps encryption history and material changes, imports idempotently, and stays in its tenant. */
@IntegrationTest
abstract class InventoryIntegrationTests {
    @Autowired MockMvc mvc;
    @Autowired Fixtures fixtures;
    @Autowired Inventory inventory;
    @Autowired AssetImport imports;
    @Autowired MutableClock clock;

    TenantId tenant;
    TenantScope owner;

    @BeforeEach
    void organization() {
        tenant = fixtures.organization("Inventory Clinic");
        owner = fixtures.ownerScope(tenant);
    }

    @Test
    void encryptingALaptopIsAMaterialChangeAndTheOldStateStaysOnRecord() {
        var laptop = inventory.add(owner, AssetDetailsTests.laptop(Protection.NONE, "Billing", "Dana"));
        var addedOn = inventory.today(tenant);
        clock.advance(Duration.ofDays(3));
        var analysisDate = clock.instant();
        clock.advance(Duration.ofDays(1));
        inventory.update(owner, laptop.id(), AssetDetailsTests.laptop(Protection.NONE, "Billing", "Marcus"));
        assertThat(inventory.changedSince(tenant, analysisDate)).isEmpty(); // a new owner changes no risk
        inventory.update(owner, laptop.id(), new AssetDetails("laptop-12", AssetType.LAPTOP, null, "Marcus", "Billing", true,
                null, Protection.FULL, "BitLocker", true, Protection.FULL, null, null, null, null, true, null, Backup.NONE, null,
                "Windows 11", true, RemoteMfa.YES, false, null));
        assertThat(inventory.changedSince(tenant, analysisDate)).extracting(Asset::name).containsExactly("laptop-12");
        assertThat(inventory.encryptionOn(tenant, laptop.id(), addedOn)).hasValueSatisfying(r -> assertThat(r.securedAtRest()).isFalse());
        assertThat(inventory.encryptionOn(tenant, laptop.id(), inventory.today(tenant))).hasValueSatisfying(r -> assertThat(r.securedAtRest()).isTrue());
    }

    @Test
    void assetsImportOnceAndABadRowRejectsTheFile() {
        var rows = List.of(new ImportRow(2, Map.of("name", "ws-01", "type", "workstation", "ephi", "yes", "atRest", "yes", "atRestFips", "yes")),
                new ImportRow(3, Map.of("name", "laptop-12", "type", "Laptop", "ephi", "yes", "atRest", "no")));
        assertThat(imports.importRows(owner, rows, false).created()).isEqualTo(2);
        assertThat(imports.importRows(owner, rows, false).unchanged()).isEqualTo(2);
        var bad = List.of(new ImportRow(2, Map.of("name", "new-1", "type", "workstation", "ephi", "yes", "atRest", "yes")),
                new ImportRow(3, Map.of("name", "new-2", "type", "toaster", "ephi", "maybe", "atRest", "yes")));
        var result = imports.importRows(owner, bad, false);
        assertThat(result.errors()).extracting(e -> e.line() + ":" + e.field()).containsExactlyInAnyOrder("3:type", "3:ephi");
        assertThat(inventory.assets(owner)).hasSize(2);
        assertThat(inventory.assets(owner)).filteredOn(Asset::unencryptedEphi).extracting(Asset::name).containsExactly("laptop-12");
    }

    @Test
    void aDataFlowCannotReachIntoAnotherOrganization() {
        TenantId other = fixtures.organization("Other");
        var foreign = inventory.add(fixtures.ownerScope(other), AssetDetailsTests.laptop(Protection.FULL, "x", "y"));
        assertThatThrownBy(() -> inventory.addDataFlow(owner, "Leak", foreign.id(), null, null, "Someone", null, null, null, true, null))
                .isInstanceOf(NotFound.class);
        assertThat(inventory.dataFlows(owner)).isEmpty();
    }

    @Test
    void anotherOrganizationsAssetIsNotFoundAndAnAuditorChangesNothing() throws Exception {
        var laptop = inventory.add(owner, AssetDetailsTests.laptop(Protection.NONE, "Billing", "Dana"));
        TenantId other = fixtures.organization("Elsewhere");
        var outsider = fixtures.member(other, Role.OWNER);
        mvc.perform(get("/t/" + other + "/inventory/" + laptop.id()).with(signedIn(outsider))).andExpect(status().isNotFound());
        String token = fixtures.apiToken(outsider, other, Role.OWNER);
        mvc.perform(get("/api/v1/tenants/" + other + "/inventory/assets/" + laptop.id()).header("Authorization", "Bearer " + token))
                .andExpect(status().isNotFound());
        var auditor = fixtures.member(tenant, Role.AUDITOR);
        mvc.perform(get("/t/" + tenant + "/inventory/" + laptop.id()).with(signedIn(auditor))).andExpect(status().isOk());
        mvc.perform(post("/t/" + tenant + "/inventory/" + laptop.id() + "/retire").with(signedIn(auditor)).with(csrf())
                .param("on", inventory.today(tenant).toString())).andExpect(status().isForbidden());
        assertThat(inventory.asset(owner, laptop.id()).active()).isTrue();
    }
}
