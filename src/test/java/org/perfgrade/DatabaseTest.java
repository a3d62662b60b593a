package org.perfgrade;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ContextConfiguration;

/**
 * A Spring Boot test on a fresh database of the engine under test (H2, then MySQL/MariaDB in the second pass),
 * with the data and output folders in a temporary directory.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@RunsOnEachDatabase
@SpringBootTest
@ContextConfiguration(initializers = TestDatabaseInitializer.class)
public @interface DatabaseTest {
}
