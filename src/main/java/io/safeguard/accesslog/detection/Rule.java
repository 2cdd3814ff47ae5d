package io.safeguard.accesslog.detection;

/**
 * The detections. Each alert is one (rule, user, patient, day); the day is the calendar date in the organization's
 * time zone. Whether the explanation filter applies is part of the rule (see {@link #filtered()}).
 */
public enum Rule {
    /**
     * The user opened the patient record whose employee id is the user's own (the roster's employee id on the patient
     * record). Never filtered: a care link to oneself does not make reading one's own chart through a workforce account
     * appropriate; the patient portal and release-of-information exist for that.
     */
    SELF_ACCESS(false),
    /**
     * The user's account was used on a calendar day after the roster's termination date (the termination date itself
     * is the last working day and does not alert; nor does a shift that began on it and runs on into the next morning,
     * see {@link DetectionSettings#lastShiftEndsBy()}). Every event counts, including refused ones and events without
     * a patient. Never filtered: the account should have been disabled, so no care link can explain its use. User ids
     * missing from the roster do not alert here; they are listed in {@link DetectionRun#unknownUsers()} as a roster
     * gap, because service and interface accounts would otherwise flood the queue.
     */
    TERMINATED_USER(false),
    /** The patient is on the VIP list. */
    VIP(true),
    /** The patient is an employee (the patient record carries an employee id) other than the user. */
    COWORKER(true),
    /**
     * The patient lives at the user's home address (normalized address line plus postal code, or city when the postal
     * code is missing); the user's address is the one on the patient record linked to the user's employee id. Same family
     * name is the classic family match; a different family name at the same address (spouse who kept their name,
     * housemate) alerts too unless {@link DetectionSettings#householdIsFamily()} is off. Same family name at another
     * address does not alert: common surnames would flood the queue.
     */
    FAMILY(true),
    /**
     * On one day the user opened far more patient records without a documented reason than usual: at least {@link
     * DetectionSettings#volumeMinPatients()} unexplained distinct patients, more than {@link
     * DetectionSettings#volumeOwnMultiplier()} times the median of the user's other active days, and more than the
     * {@link DetectionSettings#volumePeerPercentile()} percentile of the peer group's days (department and job title;
     * peers' own outlier days left out, so that two snoopers in one unit do not hide each other). The alert has no
     * patient.
     */
    VOLUME(true),
    /**
     * The user opened the record outside business hours (organization time zone) at a time of day at which they are
     * rarely active: on fewer than {@link DetectionSettings#afterHoursRareShare()} of their other working days were
     * they active within {@link DetectionSettings#afterHoursNearHours()} hour(s) of it. Working days begin at the
     * user's quietest hour, so a night shift is one day. The usual hours are learned from explained or in-hours
     * accesses only: a user who snoops on several nights does not make nights usual for themselves.
     */
    AFTER_HOURS(true);

    private final boolean filtered;

    Rule(boolean filtered) {
        this.filtered = filtered;
    }

    /** Whether an encounter, appointment or care-team link suppresses the alert. */
    public boolean filtered() {
        return filtered;
    }
}
