package io.safeguard.accesslog.detection;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** After the pass: merges hits, decides AFTER_HOURS and VOLUME, applies the explanation filter, words the alerts. */
final class Verdicts {
    private static final Comparator<Alert> ORDER = Comparator.comparing(Alert::day)
            .thenComparing(Alert::rule)
            .thenComparing(Alert::userId)
            .thenComparing(Alert::patientId, Comparator.nullsFirst(Comparator.naturalOrder()));

    private final List<UserActivity> users;
    private final List<Hit> hits;
    private final List<VolumeDay> volumeDays;
    private final Baselines baselines;
    private final AlertWording wording;

    Verdicts(ReferenceData reference, DetectionSettings settings, List<UserActivity> users, List<Hit> hits,
            List<VolumeDay> volumeDays) {
        this.users = users;
        this.hits = hits;
        this.volumeDays = volumeDays;
        this.baselines = new Baselines(settings, new PeerGroups(users, settings.peerMinDays()));
        this.wording = new AlertWording(reference, settings);
    }

    DetectionRun run(long events, long patientAccesses, long explainedAccesses) {
        Map<Rule, long[]> counts = new EnumMap<>(Rule.class);
        for (Rule rule : Rule.values()) {
            counts.put(rule, new long[4]);
        }
        List<Alert> alerts = new ArrayList<>();
        for (Hit hit : merged()) {
            if (hit.rule == Rule.AFTER_HOURS && !baselines.rare(hit)) {
                continue;
            }
            long[] count = counts.get(hit.rule);
            count[0]++;
            if (hit.rule.filtered() && hit.explained) {
                count[1]++;
                continue;
            }
            count[2]++;
            count[3] += hit.explained ? 1 : 0;
            alerts.add(new Alert(hit.rule, hit.user.userId, hit.patientId, LocalDate.ofEpochDay(hit.day), hit.first,
                    hit.last, hit.count, boxed(hit.sampleSeqs()), wording.why(hit), wording.explanation(hit)));
        }
        long[] volume = counts.get(Rule.VOLUME);
        for (VolumeDay day : volumeDays) {
            boolean before = baselines.volume(day, false).fires();
            Baselines.Volume verdict = baselines.volume(day, true);
            volume[0] += before ? 1 : 0;
            if (!verdict.fires()) {
                volume[1] += before ? 1 : 0;
                continue;
            }
            volume[2]++;
            alerts.add(new Alert(Rule.VOLUME, day.user().userId, null, LocalDate.ofEpochDay(day.day()),
                    day.firstUnexplained(), day.lastUnexplained(), day.unexplainedEvents(), boxed(day.samples()),
                    wording.why(day, verdict), wording.explanation(day)));
        }
        alerts.sort(ORDER);
        Map<Rule, RuleCount> ruleCounts = new EnumMap<>(Rule.class);
        counts.forEach((rule, c) -> ruleCounts.put(rule, new RuleCount(rule, c[0], c[1], c[2], c[3])));
        return new DetectionRun(alerts, ruleCounts, events, patientAccesses, explainedAccesses, unknownUsers());
    }

    /** Hits for the same rule, user, patient and day (split only when a user's events come out of order), as one. */
    private List<Hit> merged() {
        Map<Hit.Key, Hit> byKey = new LinkedHashMap<>();
        for (Hit hit : hits) {
            byKey.merge(hit.key(), hit, (a, b) -> {
                a.merge(b);
                return a;
            });
        }
        return new ArrayList<>(byKey.values());
    }

    private List<UnknownUser> unknownUsers() {
        return users.stream()
                .filter(u -> u.staff == null)
                .sorted(Comparator.comparingLong((UserActivity u) -> u.events).reversed().thenComparing(u -> u.userId))
                .map(u -> new UnknownUser(u.userId, u.events, u.firstSeen, u.lastSeen))
                .toList();
    }

    private static List<Long> boxed(long[] values) {
        return Arrays.stream(values).boxed().toList();
    }
}
