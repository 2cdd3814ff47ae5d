package io.safeguard.accesslog.reference;

import io.safeguard.accesslog.CareLink;
import io.safeguard.accesslog.PatientRecord;
import io.safeguard.shared.TenantId;
import java.util.Optional;
import java.util.function.Consumer;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The reference feeds the detections read: patients and care links of an organization (no caller check: internal use). */
@Service
@Transactional(readOnly = true)
public class ReferenceFeeds {
    private final JdbcReferenceData reference;

    ReferenceFeeds(JdbcReferenceData reference) {
        this.reference = reference;
    }

    public void patients(TenantId tenant, Consumer<PatientRecord> consumer) {
        reference.patients(tenant, consumer);
    }

    public Optional<PatientRecord> patient(TenantId tenant, String patientId) {
        return reference.patient(tenant, patientId);
    }

    public void careLinks(TenantId tenant, Consumer<CareLink> consumer) {
        reference.careLinks(tenant, consumer);
    }

    public long patientCount(TenantId tenant) {
        return reference.patientCount(tenant);
    }

    public long careLinkCount(TenantId tenant) {
        return reference.careLinkCount(tenant);
    }

    /** Loads patients directly (synthetic data and benchmarks); imports go through {@code PatientImport}. */
    @Transactional
    public void savePatients(TenantId tenant, java.util.List<PatientRecord> patients, java.time.Instant now) {
        reference.savePatients(tenant, patients, now);
    }

    @Transactional
    public int addCareLinks(TenantId tenant, java.util.List<CareLink> links) {
        return reference.addCareLinks(tenant, links);
    }
}
