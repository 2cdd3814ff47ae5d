package io.safeguard.shared.bundle;

import io.safeguard.shared.TenantId;
import io.safeguard.shared.TenantScope;
import java.io.IOException;

/** One module's part of a bundle. */
public interface BundleSection {
    /** The folder (or file stem) of the section, e.g. {@code vendors}. */
    String name();

    /** Import order: a section may refer to sections with a lower order (vendors before inventory data flows). */
    int order();

    void exportTo(TenantId tenant, BundleWriter out) throws IOException;

    /** Reads the section into an organization that has none of its data yet. */
    void importFrom(TenantScope scope, BundleReader in) throws IOException;
}
