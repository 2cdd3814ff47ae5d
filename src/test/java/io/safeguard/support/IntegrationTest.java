package io.safeguard.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.TestPropertySource;

/**
 * A Spring Boot test with MockMvc, the movable clock and the fixtures. The concrete test class picks the database
 * with {@code @ContextConfiguration(initializers = H2Database.class)} or {@code PostgresDatabase.class}.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Inherited
@SpringBootTest
@AutoConfigureMockMvc
@Import({TestClockConfiguration.class, Fixtures.class})
@TestPropertySource(properties = "safeguard.data-dir=target/test-data")
public @interface IntegrationTest {}
