package io.safeguard.practices;

import io.safeguard.organization.SizeCategory;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** A recognized-security-practice framework as shipped under {@code src/main/resources/practices/}. */
public record PracticeFramework(String key, String title, String version, LocalDate published, List<Source> sources,
        List<Practice> practices) {

    public record Source(String name, String url) {}

    /** The practices meant for an organization of this size, in the file's order. */
    public List<Practice> applicableTo(SizeCategory size) {
        return practices.stream().filter(p -> p.appliesTo(size)).toList();
    }

    public Optional<Practice> practice(String id) {
        return practices.stream().filter(p -> p.id().equals(id)).findFirst();
    }
}
