package io.safeguard.imports;

import static io.safeguard.support.Fixtures.signedIn;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.safeguard.Safeguard;
import io.safeguard.shared.Role;
import io.safeguard.shared.TenantId;
import io.safeguard.support.Fixtures;
import io.safeguard.support.Fixtures.Person;
import io.safeguard.support.IntegrationTest;
import io.safeguard.vendor.Vendors;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

/** The three import steps through the pages, and the same import from the command line. */
@IntegrationTest
abstract class ImportIntegrationTests {
    private static final String GOOD = "\uFEFFVendor,Type,Receives PHI,Contact e-mail\n"
            + "Shred-Right,Records storage or disposal,yes,ops@shredright.example\n"
            + "\"Northwest IT, LLC\",IT or managed services,Y,\n";
    private static final String BAD = "Vendor,Type,Receives PHI\n"
            + "Good One,Other,no\n"
            + "Bad One,Spaceship,maybe\n"
            + "=HYPERLINK(\"x\"),Other,no\n";

    @Autowired MockMvc mvc;
    @Autowired Fixtures fixtures;
    @Autowired Vendors vendors;
    @Value("${spring.datasource.url}") String url;
    @Value("${spring.datasource.username}") String user;

    TenantId tenant;
    Person contributor;

    @BeforeEach
    void organization() {
        tenant = fixtures.organization("Import Clinic");
        contributor = fixtures.member(tenant, Role.CONTRIBUTOR);
    }

    @Test
    void aGoodFileIsCheckedThenImportedAndTheSameFileAgainChangesNothing() throws Exception {
        var session = new MockHttpSession();
        String upload = upload(session, GOOD);
        mvc.perform(get(upload).session(session).with(signedIn(contributor)))
                .andExpect(status().isOk()).andExpect(content().string(containsString("Shred-Right")));
        mvc.perform(post(upload).session(session).with(signedIn(contributor)).with(csrf())
                        .param("column.name", "0").param("column.category", "1").param("column.phiReceives", "2")
                        .param("column.contactEmail", "3").param("action", "check"))
                .andExpect(status().isOk()).andExpect(content().string(containsString("Every row is valid")));
        assertThat(vendors.list(fixtures.ownerScope(tenant))).isEmpty();
        mvc.perform(post(upload).session(session).with(signedIn(contributor)).with(csrf())
                        .param("column.name", "0").param("column.category", "1").param("column.phiReceives", "2")
                        .param("column.contactEmail", "3").param("action", "import"))
                .andExpect(status().isOk()).andExpect(content().string(containsString("Imported")));
        assertThat(vendors.list(fixtures.ownerScope(tenant))).extracting(v -> v.name())
                .containsExactlyInAnyOrder("Shred-Right", "Northwest IT, LLC");

        String again = upload(session, GOOD);
        mvc.perform(post(again).session(session).with(signedIn(contributor)).with(csrf())
                        .param("column.name", "0").param("column.category", "1").param("column.phiReceives", "2")
                        .param("column.contactEmail", "3").param("action", "import"))
                .andExpect(content().string(containsString("<strong>2</strong> unchanged")));
    }

    @Test
    void aBadFileGetsALineByLineReportAndWritesNothing() throws Exception {
        var session = new MockHttpSession();
        String upload = upload(session, BAD);
        mvc.perform(post(upload).session(session).with(signedIn(contributor)).with(csrf())
                        .param("column.name", "0").param("column.category", "1").param("column.phiReceives", "2")
                        .param("action", "import"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Nothing was imported")))
                .andExpect(content().string(containsString("<td>3</td><td>Type</td>")))
                .andExpect(content().string(containsString("<td>3</td><td>Receives PHI</td>")));
        assertThat(vendors.list(fixtures.ownerScope(tenant))).isEmpty();
    }

    @Test
    void aFileThatIsNotCsvIsRefusedAtTheMappingStep() throws Exception {
        var session = new MockHttpSession();
        byte[] notText = {(byte) 0x89, 'P', 'N', 'G', 0, 0, (byte) 0xC3, (byte) 0x28};
        var file = new MockMultipartFile("file", "photo.csv", "text/csv", notText);
        var result = mvc.perform(multipart("/t/" + tenant + "/imports").file(file).param("kind", "vendors")
                .session(session).with(signedIn(contributor)).with(csrf())).andReturn();
        mvc.perform(get(result.getResponse().getRedirectedUrl()).session(session).with(signedIn(contributor)))
                .andExpect(status().isOk()).andExpect(content().string(containsString("cannot be read as CSV")));
    }

    @Test
    void anUploadBelongsToItsSessionAndOrganization() throws Exception {
        var session = new MockHttpSession();
        String upload = upload(session, GOOD);
        mvc.perform(get(upload).session(new MockHttpSession()).with(signedIn(contributor))).andExpect(status().isNotFound());
        var auditor = fixtures.member(tenant, Role.AUDITOR);
        mvc.perform(get("/t/" + tenant + "/imports").with(signedIn(auditor))).andExpect(status().isForbidden());
    }

    @Test
    void theCommandLineImportsTheSameWay(@org.junit.jupiter.api.io.TempDir Path folder) throws Exception {
        Path bad = folder.resolve("bad.csv");
        Files.writeString(bad, BAD, StandardCharsets.UTF_8);
        Path good = folder.resolve("good.csv");
        Files.writeString(good, GOOD, StandardCharsets.UTF_8);
        assertThat(cli("import", "vendors", bad.toString(), "--tenant", tenant.toString(), "--as", contributor.email(),
                "--map", "name=Vendor", "--map", "category=Type", "--map", "phiReceives=Receives PHI")).isEqualTo(1);
        assertThat(vendors.list(fixtures.ownerScope(tenant))).isEmpty();
        assertThat(cli("import", "vendors", good.toString(), "--tenant", tenant.toString(), "--as", contributor.email(),
                "--map", "name=Vendor", "--map", "category=Type", "--map", "phiReceives=Receives PHI")).isZero();
        assertThat(vendors.list(fixtures.ownerScope(tenant))).hasSize(2);
    }

    private String upload(MockHttpSession session, String csv) throws Exception {
        var file = new MockMultipartFile("file", "vendors.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8));
        var result = mvc.perform(multipart("/t/" + tenant + "/imports").file(file).param("kind", "vendors")
                        .session(session).with(signedIn(contributor)).with(csrf()))
                .andExpect(status().is3xxRedirection()).andReturn();
        return result.getResponse().getRedirectedUrl();
    }

    private int cli(String... command) {
        String[] args = new String[command.length + 3];
        args[0] = "--db-url=" + url;
        args[1] = "--db-user=" + user;
        args[2] = "--data-dir=target/cli-data";
        System.arraycopy(command, 0, args, 3, command.length);
        return Safeguard.run(args);
    }
}
