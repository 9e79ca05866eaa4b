package de.daks;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.ActiveProfiles;

/**
 * The one Spring test configuration of DAKS: the whole application on a random port with MockMvc, on the database
 * the run chose (see {@link TestDatabaseSessionListener}), with demo content. All integration, controller and
 * browser tests use it, so they share one cached context per test run. Tests create their own data with random
 * names and never rely on an empty database.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
@ActiveProfiles("test")
public @interface DaksIntegrationTest {
}
