package io.safeguard.accesslog.detection.synthetic;

import io.safeguard.accesslog.AccessAction;
import io.safeguard.accesslog.AccessEvent;
import io.safeguard.accesslog.AccessOutcome;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneRules;
import java.util.HexFormat;

/**
 * The fields of each event, derived from its session and its number within it, as an {@link AccessEvent} and as a
 * line of the events CSV. The event's raw SHA-256 is the hash of that CSV line (UTF-8, no line end), the record as an
 * ingest would receive it.
 */
final class EventRows {
    static final String HEADER = "event_id,occurred_at,user_id,user_name,user_role,department,patient_id,encounter_id,"
            + "action,action_code,workstation,ip,facility,outcome";
    static final String SOURCE = "synthetic-ehr";
    /** Replayed events carry this instead of a hash: the detector never reads it. */
    static final String NOT_HASHED = "0".repeat(64);

    private final CarePlan plan;
    private final long seed;
    private final ZoneRules rules;
    private final long startMillis;
    private final String[] workstation;
    private final String[] address;
    private final MessageDigest sha256;
    private long offsetValidUntil = Long.MIN_VALUE;
    private long offsetValidFrom = Long.MAX_VALUE;
    private ZoneOffset offset = ZoneOffset.UTC;
    private long cachedDay = Long.MIN_VALUE;
    private String cachedDate = "";

    EventRows(CarePlan plan, long seed) {
        this.plan = plan;
        this.seed = seed;
        this.rules = plan.zone.getRules();
        this.startMillis = plan.startEpochSecond * 1000;
        Workforce staff = plan.staff;
        workstation = new String[staff.size];
        address = new String[staff.size];
        for (int s = 0; s < staff.size; s++) {
            String dept = Departments.NAMES[staff.department[s]].replaceAll("[^A-Z]", "");
            workstation[s] = "WS-" + dept + "-" + (1 + s % 40);
            address[s] = "10." + (1 + staff.department[s]) + "." + (s / 250) + "." + (1 + s % 250);
        }
        try {
            sha256 = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The event; {@code hashed} computes the raw SHA-256 from the CSV line (slower), else {@link #NOT_HASHED}. */
    AccessEvent event(long seq, long millis, int session, int ordinal, boolean hashed) {
        Sessions sessions = plan.sessions;
        int s = sessions.user.get(session);
        int p = sessions.patient.get(session);
        int link = sessions.link.get(session);
        Job job = plan.staff.job[s];
        long h = mix(session, ordinal);
        int code = (int) Long.remainderUnsigned(h, job.codes.length);
        AccessOutcome outcome = refused(session, h) ? AccessOutcome.MINOR_FAILURE : AccessOutcome.SUCCESS;
        Instant at = Instant.ofEpochMilli(startMillis + millis);
        String raw = hashed ? sha256(csv(seq, millis, session, ordinal)) : NOT_HASHED;
        return new AccessEvent(SOURCE, Long.toString(seq + 1), at, at, plan.staff.userId[s], plan.staff.fullName[s],
                job.title, Departments.NAMES[plan.staff.department[s]], plan.people.id(p),
                plan.links.isVisit(link) ? Links.encounterId(link) : null,
                action(job.actions.charAt(code)), job.codes[code], "Patient",
                null, workstation[s], address[s], Departments.FACILITY[plan.staff.department[s]], outcome, null, raw);
    }

    String csv(long seq, long millis, int session, int ordinal) {
        Sessions sessions = plan.sessions;
        int s = sessions.user.get(session);
        int link = sessions.link.get(session);
        Job job = plan.staff.job[s];
        long h = mix(session, ordinal);
        int code = (int) Long.remainderUnsigned(h, job.codes.length);
        var line = new StringBuilder(192);
        line.append(seq + 1).append(',');
        timestamp(line, startMillis + millis);
        line.append(',').append(plan.staff.userId[s]).append(',').append(plan.staff.fullName[s]).append(',')
                .append(job.title).append(',').append(Departments.NAMES[plan.staff.department[s]]).append(',')
                .append(plan.people.id(sessions.patient.get(session))).append(',')
                .append(plan.links.isVisit(link) ? Links.encounterId(link) : "").append(',')
                .append(job.actions.charAt(code)).append(',').append(job.codes[code]).append(',')
                .append(workstation[s]).append(',').append(address[s]).append(',')
                .append(Departments.FACILITY[plan.staff.department[s]]).append(',')
                .append(refused(session, h) ? AccessOutcome.MINOR_FAILURE.code() : AccessOutcome.SUCCESS.code());
        return line.toString();
    }

    private static AccessAction action(char code) {
        return switch (code) {
            case 'C' -> AccessAction.CREATE;
            case 'U' -> AccessAction.UPDATE;
            case 'D' -> AccessAction.DELETE;
            case 'E' -> AccessAction.EXECUTE;
            default -> AccessAction.READ;
        };
    }

    /** About 0.3 % of ordinary events are refused (a locked chart, a break-the-glass prompt left); planted never. */
    private boolean refused(int session, long h) {
        return !plan.sessions.planted(session) && Long.remainderUnsigned(h >>> 20, 1000) < 3;
    }

    private long mix(int session, int ordinal) {
        long z = seed + session * 0x9E3779B97F4A7C15L + ordinal * 0xC2B2AE3D27D4EB4FL;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    /** ISO-8601 local date-time with milliseconds and the organization's UTC offset, e.g. 2026-03-02T07:15:03.120-05:00. */
    private void timestamp(StringBuilder line, long epochMillis) {
        long second = Math.floorDiv(epochMillis, 1000);
        if (second < offsetValidFrom || second >= offsetValidUntil) {
            Instant instant = Instant.ofEpochSecond(second);
            offset = rules.getOffset(instant);
            ZoneOffsetTransition next = rules.nextTransition(instant);
            offsetValidFrom = second;
            offsetValidUntil = next == null ? Long.MAX_VALUE : next.toEpochSecond();
        }
        long local = epochMillis + offset.getTotalSeconds() * 1000L;
        long day = Math.floorDiv(local, 86_400_000L);
        if (day != cachedDay) {
            cachedDay = day;
            cachedDate = LocalDate.ofEpochDay(day).toString();
        }
        int ms = (int) Math.floorMod(local, 86_400_000L);
        line.append(cachedDate).append('T');
        two(line, ms / 3_600_000).append(':');
        two(line, ms / 60_000 % 60).append(':');
        two(line, ms / 1000 % 60).append('.');
        int milli = ms % 1000;
        line.append((char) ('0' + milli / 100)).append((char) ('0' + milli / 10 % 10)).append((char) ('0' + milli % 10));
        line.append(offset.getTotalSeconds() == 0 ? "+00:00" : offset.getId());
    }

    private static StringBuilder two(StringBuilder line, int value) {
        return line.append((char) ('0' + value / 10)).append((char) ('0' + value % 10));
    }

    private String sha256(String line) {
        return HexFormat.of().formatHex(sha256.digest(line.getBytes(StandardCharsets.UTF_8)));
    }
}
