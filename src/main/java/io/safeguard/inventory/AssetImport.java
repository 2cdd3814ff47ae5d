package io.safeguard.inventory;

import io.safeguard.identity.ActivityEntry;
import io.safeguard.identity.ActivityTrail;
import io.safeguard.shared.BusinessRuleViolation;
import io.safeguard.shared.Permission;
import io.safeguard.shared.TenantScope;
import io.safeguard.shared.tabular.Cells;
import io.safeguard.shared.tabular.ImportField;
import io.safeguard.shared.tabular.ImportResult;
import io.safeguard.shared.tabular.ImportRow;
import io.safeguard.shared.tabular.RowError;
import io.safeguard.shared.tabular.RowReader;
import io.safeguard.shared.tabular.TabularImport;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The asset inventory from a spreadsheet or CMDB export, matched by asset name. */
@Component
class AssetImport implements TabularImport {
    private static final String PROTECTION = "yes, no or partial (full, none, partial also work)";
    private static final String DATE = "a date such as 2026-03-01, 3/1/2026 or an Excel date number";
    private static final List<ImportField> FIELDS = List.of(
            ImportField.required("name", "Asset name", "unique name or host name (matches existing assets)", "asset", "asset name", "hostname", "host name", "device", "device name", "computer name"),
            ImportField.required("type", "Type", "EHR, application, server, workstation, laptop, mobile device, medical device, network device, cloud service, removable media, other", "type", "asset type", "device type", "category"),
            ImportField.required("ephi", "Holds or moves ePHI", "yes or no", "ephi", "phi", "contains phi", "has ephi"),
            ImportField.required("atRest", "Encrypted at rest", PROTECTION, "encrypted", "encryption", "encrypted at rest", "bitlocker", "filevault", "disk encryption"),
            ImportField.optional("atRestMethod", "Encryption method", "e.g. BitLocker XTS-AES 256", "encryption method", "method"),
            ImportField.optional("atRestFips", "FIPS 140 validated", "yes or no (default no)", "fips", "fips validated"),
            ImportField.optional("inTransit", "Encrypted in transit", PROTECTION + " (default no)", "encrypted in transit", "tls", "transit"),
            ImportField.optional("owner", "Owner", "responsible person or team", "owner", "assigned to", "custodian", "user"),
            ImportField.optional("location", "Location", "site or room", "location", "site", "room"),
            ImportField.optional("recordCount", "Approximate records", "a whole number", "records", "record count", "patients"),
            ImportField.optional("auditLogging", "Audit logging on", "yes or no (default no)", "audit logging", "logging", "audit log"),
            ImportField.optional("backup", "Backup", "none, local, offsite, offline or immutable (default none)", "backup", "backups"),
            ImportField.optional("lastRestoreTest", "Last restore test", DATE, "restore test", "last restore test"),
            ImportField.optional("operatingSystem", "Operating system or version", "text", "os", "operating system", "version"),
            ImportField.optional("vendorSupported", "Still supported by its vendor", "yes or no (default yes)", "supported", "vendor supported"),
            ImportField.optional("internetFacing", "Reachable from the internet", "yes or no (default no)", "internet facing", "public"),
            ImportField.optional("hostingVendor", "Hosted by", "vendor name, if hosted", "hosting vendor", "hosted by", "vendor"));
    private final JdbcAssets assets;
    private final ActivityTrail trail;
    private final Clock clock;
    private final org.springframework.beans.factory.ObjectProvider<Inventory> inventory;

    AssetImport(JdbcAssets assets, ActivityTrail trail, Clock clock, org.springframework.beans.factory.ObjectProvider<Inventory> inventory) {
        this.assets = assets;
        this.trail = trail;
        this.clock = clock;
        this.inventory = inventory;
    }

    @Override
    public String kind() {
        return "assets";
    }

    @Override
    public String title() {
        return "ePHI assets";
    }

    @Override
    public List<ImportField> fields() {
        return FIELDS;
    }

    @Override
    @Transactional
    public ImportResult importRows(TenantScope scope, List<ImportRow> rows, boolean dryRun) {
        scope.require(Permission.EDIT);
        List<RowError> errors = new ArrayList<>();
        Map<String, AssetDetails> parsed = new LinkedHashMap<>();
        Map<String, Long> lines = new HashMap<>();
        for (ImportRow row : rows) {
            var r = new RowReader(row, errors);
            String name = r.required("name", v -> Cells.text(v, 160), "an asset name is required");
            AssetType type = r.required("type", v -> Cells.choice(AssetType.class, v), "the type is required");
            Boolean ephi = r.required("ephi", Cells::bool, "say whether it holds or moves ePHI (yes or no)");
            Protection atRest = r.required("atRest", AssetImport::protection, "say whether it is encrypted at rest");
            Protection inTransit = r.optional("inTransit", AssetImport::protection);
            Integer records = r.optional("recordCount", v -> Cells.integer(v, 0, 100_000_000));
            Backup backup = r.optional("backup", v -> Cells.choice(Backup.class, v.toLowerCase(Locale.ROOT).startsWith("offline") ? "OFFLINE_OR_IMMUTABLE" : v));
            LocalDate restore = r.optional("lastRestoreTest", Cells::date);
            Boolean supported = r.optional("vendorSupported", Cells::bool);
            String key = name == null ? null : name.toLowerCase(Locale.ROOT);
            if (key != null && lines.containsKey(key)) {
                r.reject("name", "the same asset is on line " + lines.get(key));
            }
            var texts = new HashMap<String, String>();
            for (String f : List.of("atRestMethod", "owner", "location", "operatingSystem", "hostingVendor")) {
                texts.put(f, r.optional(f, v -> Cells.text(v, 160)));
            }
            boolean fips = r.flag("atRestFips");
            boolean logging = r.flag("auditLogging");
            boolean internet = r.flag("internetFacing");
            if (!r.ok()) {
                continue;
            }
            try {
                parsed.put(key, new AssetDetails(name, type, null, texts.get("owner"), texts.get("location"), ephi, records,
                        atRest, texts.get("atRestMethod"), fips, inTransit == null ? Protection.NONE : inTransit, null, null,
                        null, null, logging, null, backup == null ? Backup.NONE : backup, restore, texts.get("operatingSystem"),
                        supported == null || supported, RemoteMfa.NOT_APPLICABLE, internet, texts.get("hostingVendor")));
                lines.put(key, row.line());
            } catch (BusinessRuleViolation e) {
                r.reject("name", e.getMessage());
            }
        }
        if (!errors.isEmpty()) {
            return ImportResult.rejected(errors);
        }
        Map<String, Asset> existing = new HashMap<>();
        assets.all(scope.tenantId()).forEach(a -> existing.put(a.name().toLowerCase(Locale.ROOT), a));
        Map<UUID, AssetDetails> inserts = new LinkedHashMap<>();
        Map<UUID, AssetDetails> updates = new LinkedHashMap<>();
        Set<UUID> material = new HashSet<>();
        List<UUID> encryptionChanged = new ArrayList<>();
        int unchanged = 0;
        for (var entry : parsed.entrySet()) {
            Asset current = existing.get(entry.getKey());
            AssetDetails d = keepManualFields(entry.getValue(), current);
            if (current == null) {
                inserts.put(UUID.randomUUID(), d);
            } else if (d.equals(current.details())) {
                unchanged++;
            } else {
                updates.put(current.id(), d);
                if (d.materiallyDiffersFrom(current.details())) {
                    material.add(current.id());
                }
                if (d.encryptionDiffersFrom(current.details())) {
                    encryptionChanged.add(current.id());
                }
            }
        }
        if (!dryRun) {
            var now = clock.instant();
            var today = inventory.getObject().today(scope.tenantId());
            assets.insertAll(scope.tenantId(), inserts, now);
            assets.updateAll(scope.tenantId(), updates, material, now);
            inserts.forEach((id, d) -> assets.recordEncryption(scope.tenantId(), id, today, d, "import", now));
            encryptionChanged.forEach(id -> assets.recordEncryption(scope.tenantId(), id, today, updates.get(id), "import", now));
            if (!inserts.isEmpty() || !updates.isEmpty()) {
                trail.record(ActivityEntry.of(scope.tenantId(), "inventory.import", "asset", null)
                        .withDetail(inserts.size() + " added, " + updates.size() + " updated, " + unchanged + " unchanged"));
            }
        }
        return new ImportResult(inserts.size(), updates.size(), unchanged, List.of(), !dryRun);
    }

    /** Fields the import does not carry (key custody, remote MFA, description) keep what was entered by hand. */
    private static AssetDetails keepManualFields(AssetDetails d, Asset current) {
        if (current == null) {
            return d;
        }
        var c = current.details();
        return new AssetDetails(d.name(), d.type(), c.description(), d.owner(), d.location(), d.ephi(), d.recordCount(),
                d.atRest(), d.atRestMethod(), d.atRestFips(), d.inTransit(), c.inTransitMethod(), c.keyCustodian(),
                c.keyRotationMonths(), c.keyLastRotated(), d.auditLogging(), c.logDestination(), d.backup(), d.lastRestoreTest(),
                d.operatingSystem(), d.vendorSupported(), c.mfaRemote(), d.internetFacing(), d.hostingVendor());
    }

    static Protection protection(String text) {
        String value = text.strip().toLowerCase(Locale.ROOT);
        if (value.equals("partial") || value.equals("partly")) {
            return Protection.PARTIAL;
        }
        try {
            return Cells.bool(value) ? Protection.FULL : Protection.NONE;
        } catch (IllegalArgumentException e) {
            return Cells.choice(Protection.class, value);
        }
    }
}
