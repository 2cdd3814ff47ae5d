package io.safeguard.imports.cli;

import io.safeguard.identity.AccountAdministration;
import io.safeguard.identity.AccountPrincipal;
import io.safeguard.identity.Authorities;
import io.safeguard.identity.TenantAccess;
import io.safeguard.imports.ColumnMapping;
import io.safeguard.imports.ImportReport;
import io.safeguard.imports.Imports;
import io.safeguard.shared.DatabaseCommand;
import io.safeguard.shared.TenantId;
import io.safeguard.shared.tabular.ImportField;
import io.safeguard.shared.tabular.TabularImport;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code safeguard import <kind> <file> --tenant <id> --as <e-mail>}: the same checks as the web import; all rows or
 * none; exit 0 imported (or valid, with --dry-run), 1 rejected with the error report on standard output.
 */
@Command(name = "import", description = "Import a CSV file (assets, vendors, workforce, training-completions, access-grants, ...).")
public class ImportCommand implements DatabaseCommand {
    @Parameters(index = "0", description = "What the file holds, e.g. workforce.")
    String kind;

    @Parameters(index = "1", description = "The CSV file (UTF-8).")
    Path file;

    @Option(names = "--tenant", required = true, description = "The organization's id.")
    String tenant;

    @Option(names = "--as", required = true, description = "E-mail of the account the import is recorded for; it must be allowed to edit the organization.")
    String account;

    @Option(names = "--map", description = "field=Column header, for columns the header does not name (repeatable).")
    Map<String, String> map = new HashMap<>();

    @Option(names = "--dry-run", description = "Check every row; import nothing.")
    boolean dryRun;

    @Override
    public int run(Beans beans) throws Exception {
        var imports = beans.get(Imports.class);
        TabularImport target = imports.kind(kind);
        TenantId tenantId = TenantId.parse(tenant);
        var person = beans.get(AccountAdministration.class).findByEmail(account)
                .orElseThrow(() -> new IllegalArgumentException("no account " + account));
        var scope = beans.get(TenantAccess.class).scopeOf(person.id(), tenantId)
                .orElseThrow(() -> new IllegalArgumentException(account + " is not a member of " + tenant));
        // The activity trail records the import for this account, as if it had come through the web page.
        var principal = new AccountPrincipal(person.id(), person.email(), person.displayName(), person.platformAdmin());
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                principal, null, List.of(new SimpleGrantedAuthority(Authorities.ACCOUNT))));
        if (!Files.isRegularFile(file)) {
            System.err.println("No such file: " + file);
            return 2;
        }
        ColumnMapping mapping;
        try (InputStream in = Files.newInputStream(file)) {
            mapping = withExplicitColumns(imports.preview(target, in), target, map);
        }
        ImportReport report;
        try (InputStream in = Files.newInputStream(file)) {
            report = imports.run(scope, target, in, mapping, dryRun, rows -> System.err.println("read " + rows + " rows"));
        }
        report.problems().forEach(p -> System.out.println("error: " + p));
        report.errors().forEach(e -> System.out.println("line " + e.line() + ", column " + e.column() + ": " + e.reason()));
        if (!report.ok()) {
            System.out.println("Rejected: nothing was imported (" + report.errors().size() + " row errors).");
            return 1;
        }
        var r = report.result();
        System.out.println((dryRun ? "Valid: would import " : "Imported ") + report.rows() + " rows: " + r.created()
                + " new, " + r.updated() + " updated, " + r.unchanged() + " unchanged.");
        return 0;
    }

    private static ColumnMapping withExplicitColumns(Imports.Preview preview, TabularImport target, Map<String, String> explicit) {
        Map<String, Integer> columns = new HashMap<>(preview.suggested().columnByField());
        for (var entry : explicit.entrySet()) {
            if (target.fields().stream().map(ImportField::name).noneMatch(entry.getKey()::equals)) {
                throw new IllegalArgumentException("unknown field " + entry.getKey());
            }
            int index = preview.header().indexOf(entry.getValue());
            if (index < 0) {
                throw new IllegalArgumentException("no column named " + entry.getValue());
            }
            columns.put(entry.getKey(), index);
        }
        return new ColumnMapping(columns);
    }
}
