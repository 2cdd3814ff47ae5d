package io.safeguard.accesslog.detection.synthetic;

/** A shift pattern: local start time and length (real minutes). */
record Shift(String name, int startMinute, int minutes) {
    static final Shift DAY = new Shift("day", 7 * 60, 12 * 60);
    static final Shift NIGHT = new Shift("night", 19 * 60, 12 * 60);
    static final Shift PHYSICIAN_DAY = new Shift("day", 8 * 60, 10 * 60);
    static final Shift CLINIC = new Shift("clinic", 8 * 60, 9 * 60);
    static final Shift FRONT_DESK = new Shift("front desk", 7 * 60, 9 * 60);
    static final Shift OFFICE = new Shift("office", 8 * 60, 9 * 60);
    static final Shift LAB_DAY = new Shift("day", 7 * 60, 8 * 60);
    static final Shift LAB_EVENING = new Shift("evening", 15 * 60, 8 * 60);
    static final Shift LAB_NIGHT = new Shift("night", 23 * 60, 8 * 60);

    /** Starts in the morning and ends by early evening: the planted after-hours snoopers come from these. */
    boolean daytime() {
        return startMinute >= 6 * 60 && startMinute + minutes <= 19 * 60;
    }
}
