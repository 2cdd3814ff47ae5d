package io.safeguard.accesslog.detection;

import io.safeguard.accesslog.StoredEvent;
import java.util.Iterator;
import java.util.List;

/**
 * Runs the rules over events in time order, in one pass: per event it keeps only per-user, per-day aggregates (the
 * distinct patients of the day, the hours with activity, the hits), never the events themselves. VOLUME and
 * AFTER_HOURS are decided after the pass, when every user's own history and their peers' are known; baselines
 * therefore come from the events given, so give it weeks of events for stable baselines.
 *
 * <p>Events of the same user must come in time order (a user's days close when the next day starts); refused
 * accesses (outcome not success) count only for TERMINATED_USER and for the hours a user is active.
 */
public final class Detector {
    private final ReferenceData reference;
    private final DetectionSettings settings;

    public Detector(ReferenceData reference, DetectionSettings settings) {
        this.reference = reference;
        this.settings = settings;
    }

    public DetectionRun run(Iterator<StoredEvent> events) {
        var pass = new DetectionPass(reference, settings);
        while (events.hasNext()) {
            pass.accept(events.next());
        }
        return pass.finish();
    }

    public List<Alert> alerts(Iterator<StoredEvent> events) {
        return run(events).alerts();
    }
}
