package org.perfgrade;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Marks a test that touches the database: Surefire runs it once on H2 and once more on MySQL/MariaDB.
 * Use {@link TestDatabase#create()} for a fresh database on the engine under test.
 */
@Target({ ElementType.TYPE, ElementType.ANNOTATION_TYPE })
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Tag("database")
@ExtendWith(DatabaseAvailability.class)
public @interface RunsOnEachDatabase {
}
