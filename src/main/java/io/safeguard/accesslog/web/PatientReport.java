package io.safeguard.accesslog.web;

import io.safeguard.accesslog.StoredEvent;
import io.safeguard.accesslog.ledger.AccessLogSearch;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** The "who accessed my record" report: one line per person, with role, department, how many times, first and last. */
record PatientReport(String userId, @Nullable String name, @Nullable String role, @Nullable String department, int accesses,
        ZonedDateTime first, ZonedDateTime last, List<StoredEvent> events) {

    static List<PatientReport> of(AccessLogSearch.Result result) {
        Map<String, List<StoredEvent>> byUser = new LinkedHashMap<>();
        result.events().forEach(e -> byUser.computeIfAbsent(e.event().userId(), k -> new ArrayList<>()).add(e));
        List<PatientReport> people = new ArrayList<>();
        byUser.forEach((user, events) -> {
            var newest = events.getFirst().event();
            people.add(new PatientReport(user, newest.userName(), newest.userRole(), newest.userDepartment(), events.size(),
                    events.getLast().event().occurredAt().atZone(result.zone()), newest.occurredAt().atZone(result.zone()), events));
        });
        people.sort(java.util.Comparator.comparing(PatientReport::last).reversed());
        return people;
    }
}
