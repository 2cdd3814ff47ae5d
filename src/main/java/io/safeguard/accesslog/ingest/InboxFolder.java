package io.safeguard.accesslog.ingest;

import io.safeguard.identity.AccountAdministration;
import io.safeguard.identity.TenantAccess;
import io.safeguard.shared.TenantId;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The watched folder: an extract dropped into {@code <data-dir>/accesslog/inbox/<organization id>/} (or into a
 * sub-folder named after a column mapping, e.g. {@code epic-access-log/}) is ingested as the account named by
 * {@code safeguard.accesslog.inbox.as}, then moved to {@code done/} or {@code failed/} beside it with a time stamp.
 * The format comes from the extension (.csv .tsv .psv .txt .jsonl .ndjson .json .xml). Files still being written are left
 * until their size stops changing.
 */
@Component
@ConditionalOnProperty(name = "safeguard.accesslog.inbox.as")
class InboxFolder {
    private static final Logger log = LoggerFactory.getLogger(InboxFolder.class);
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(java.time.ZoneOffset.UTC);
    private final Path inbox;
    private final String account;
    private final AccessLogIngest ingest;
    private final AccountAdministration accounts;
    private final TenantAccess access;
    private final Clock clock;
    private final java.util.Map<Path, Long> sizes = new java.util.HashMap<>();

    InboxFolder(@Value("${safeguard.data-dir}") String dataDir, @Value("${safeguard.accesslog.inbox.as}") String account, AccessLogIngest ingest,
            AccountAdministration accounts, TenantAccess access, Clock clock) {
        this.inbox = Path.of(dataDir, "accesslog", "inbox");
        this.account = account;
        this.ingest = ingest;
        this.accounts = accounts;
        this.access = access;
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${safeguard.accesslog.inbox.interval:PT10S}", initialDelayString = "PT5S")
    void poll() throws IOException {
        if (!Files.isDirectory(inbox)) {
            Files.createDirectories(inbox);
            return;
        }
        try (DirectoryStream<Path> tenants = Files.newDirectoryStream(inbox, Files::isDirectory)) {
            for (Path folder : tenants) {
                tenant(folder.getFileName().toString()).ifPresent(t -> scan(t, folder, null));
            }
        }
    }


    private void scan(TenantId tenant, Path folder, String mapping) {
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(folder)) {
            for (Path entry : entries) {
                String name = entry.getFileName().toString();
                if (Files.isDirectory(entry)) {
                    if (mapping == null && !name.equals("done") && !name.equals("failed")) {
                        scan(tenant, entry, name);
                    }
                } else if (Files.isRegularFile(entry) && !name.startsWith(".") && steady(entry)) {
                    take(tenant, folder, entry, mapping);
                }
            }
        } catch (IOException e) {
            log.warn("the access-log inbox of one organization could not be read: {}", e.getClass().getSimpleName());
        }
    }

    /** A file is taken once its size is the same on two polls (the writer has finished). */
    private boolean steady(Path file) throws IOException {
        long size = Files.size(file);
        Long before = sizes.put(file, size);
        return before != null && before == size;
    }

    private void take(TenantId tenant, Path folder, Path file, String mapping) throws IOException {
        sizes.remove(file);
        String name = file.getFileName().toString();
        String format = format(name);
        Path outcome;
        if (format == null) {
            outcome = folder.resolve("failed");
        } else {
            var scope = accounts.findByEmail(account).flatMap(a -> access.scopeOf(a.id(), tenant));
            if (scope.isEmpty()) {
                log.warn("access-log inbox: the account of safeguard.accesslog.inbox.as is not a member of an organization with an inbox folder");
                return;
            }
            AccessLogIngest.Report report;
            try (InputStream in = new java.io.BufferedInputStream(Files.newInputStream(file), 1 << 16)) {
                report = ingest.ingest(scope.get(), new AccessLogIngest.Request(format, "csv tsv psv".contains(format) ? mapping : null, mapping,
                        name, AccessLogIngest.Channel.FOLDER), in, null);
            } catch (RuntimeException e) {
                report = null;
            }
            outcome = folder.resolve(report != null && report.failure() == null ? "done" : "failed");
        }
        Files.createDirectories(outcome);
        Files.move(file, outcome.resolve(STAMP.format(clock.instant()) + "-" + name), StandardCopyOption.ATOMIC_MOVE);
    }

    static String format(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        if (lower.endsWith(".csv")) {
            return "csv";
        } else if (lower.endsWith(".tsv")) {
            return "tsv";
        } else if (lower.endsWith(".psv") || lower.endsWith(".txt")) {
            return "psv";
        } else if (lower.endsWith(".jsonl")) {
            return "jsonl";
        } else if (lower.endsWith(".ndjson")) {
            return "fhir-ndjson";
        } else if (lower.endsWith(".json") || lower.endsWith(".xml")) {
            return "fhir";
        }
        return null;
    }

    private static Optional<TenantId> tenant(String folderName) {
        try {
            return Optional.of(TenantId.parse(folderName));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
