package org.perfgrade.batch;

import java.util.Set;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaAccess;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.springframework.batch.core.launch.JobOperator;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Only {@code org.perfgrade.batch} starts jobs: nothing else calls {@link JobOperator#start}, {@code restart} or
 * {@code startNextInstance}, or uses a Spring Batch {@code JobLauncher}, so that every start goes through one
 * revision, repair and outcome policy ({@link BusinessDateJobs}).
 */
class JobStartOwnershipTests {

    private static final DescribedPredicate<JavaAccess<?>> STARTS_A_JOB = DescribedPredicate.describe(
            "JobOperator.start, restart or startNextInstance",
            call -> call.getTarget().getOwner().isAssignableTo(JobOperator.class)
                    && Set.of("start", "restart", "startNextInstance").contains(call.getTarget().getName()));

    private static final DescribedPredicate<JavaClass> SPRING_BATCH_LAUNCHER = DescribedPredicate.describe(
            "a Spring Batch JobLauncher", c -> c.getPackageName().startsWith("org.springframework.batch")
                    && c.getSimpleName().contains("JobLauncher"));

    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.perfgrade");
    }

    @Test
    void nothingOutsideBatchStartsOrRestartsAJob() {
        startsAJob(noClasses().that().resideOutsideOfPackage("org.perfgrade.batch..")).check(classes);
    }

    @Test
    void nothingOutsideBatchUsesAJobLauncher() {
        noClasses().that().resideOutsideOfPackage("org.perfgrade.batch..")
                .should().dependOnClassesThat(SPRING_BATCH_LAUNCHER).check(classes);
    }

    @Test
    void theRuleCatchesAStartWhereItHappens() {
        // given the same rule over the one package that does start jobs
        ArchRule insideBatch = startsAJob(noClasses().that().resideInAPackage("org.perfgrade.batch.."));
        // when / then: it fails, so the rule above sees calls of JobOperator.start
        assertThatThrownBy(() -> insideBatch.check(classes)).isInstanceOf(AssertionError.class)
                .hasMessageContaining("BusinessDateJobs");
    }

    private static ArchRule startsAJob(com.tngtech.archunit.lang.syntax.elements.GivenClassesConjunction given) {
        return given.should().callCodeUnitWhere(STARTS_A_JOB);
    }
}
