package io.safeguard;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noFields;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import com.tngtech.archunit.core.domain.JavaClass;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RestController;

/** House conventions that a machine can check (docs/conventions.md section 5). */
class ArchitectureTests {
    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("io.safeguard");
    private static final Set<String> TIME_TYPES = Set.of("java.time.Instant", "java.time.LocalDate",
            "java.time.LocalDateTime", "java.time.ZonedDateTime", "java.time.OffsetDateTime", "java.time.LocalTime",
            "java.time.Year", "java.time.YearMonth");

    @Test
    void onlyTheConfigurationReadsTheSystemClock() {
        noClasses().that().resideOutsideOfPackage("io.safeguard.config..")
                .should(readTheSystemClock())
                .because("deadlines and windows take the injected Clock so that they can be tested on their boundary")
                .check(CLASSES);
    }

    @Test
    void noFieldInjection() {
        noFields().should().beAnnotatedWith(Autowired.class).check(CLASSES);
    }

    @Test
    void noVagueClassNames() {
        noClasses().should().haveSimpleNameEndingWith("Impl")
                .orShould().haveSimpleNameEndingWith("Util")
                .orShould().haveSimpleNameEndingWith("Utils")
                .orShould().haveSimpleNameEndingWith("Helper")
                .orShould().haveSimpleNameEndingWith("Manager")
                .check(CLASSES);
    }

    @Test
    void controllersLiveInWebOrApiPackages() {
        classes().that().areAnnotatedWith(Controller.class).or().areAnnotatedWith(RestController.class)
                .should().resideInAnyPackage("..web..", "..api..")
                .check(CLASSES);
    }

    @Test
    void jdbcRepositoriesAreNotPublic() {
        classes().that().haveSimpleNameStartingWith("Jdbc").should().notBePublic().check(CLASSES);
    }

    private static ArchCondition<JavaClass> readTheSystemClock() {
        return new ArchCondition<>("read the system clock (zero-argument now() or System.currentTimeMillis())") {
            @Override
            public void check(JavaClass item, ConditionEvents events) {
                for (JavaMethodCall call : item.getMethodCallsFromSelf()) {
                    var target = call.getTarget();
                    boolean zeroArgNow = target.getName().equals("now") && target.getRawParameterTypes().isEmpty()
                            && TIME_TYPES.contains(target.getOwner().getName());
                    boolean millis = target.getOwner().getName().equals("java.lang.System")
                            && target.getName().equals("currentTimeMillis");
                    if (zeroArgNow || millis) {
                        events.add(SimpleConditionEvent.violated(call, call.getDescription()));
                    }
                }
            }
        };
    }
}
