package org.perfgrade.web;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Runs the browser tests only where Debian's {@code chromium} and {@code chromedriver} are installed. Outside CI
 * their absence skips the tests with a notice; under {@code CI=true} it fails the run ({@code .ci/run} installs
 * both), so that a green CI always means the console was driven in a real browser.
 */
class ChromiumAvailability implements ExecutionCondition {

    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        List<Path> missing = List.of(CHROMIUM, CHROMEDRIVER).stream().filter(p -> !Files.isExecutable(p)).toList();
        if (missing.isEmpty()) {
            return ConditionEvaluationResult.enabled("chromium and chromedriver installed");
        }
        String message = "browser test needs " + missing + " (apt-get install chromium chromium-driver)";
        if ("true".equalsIgnoreCase(System.getenv("CI"))) {
            throw new IllegalStateException(message + " (CI=true: the console must be tested in a real browser)");
        }
        System.err.println("[skipped] " + message);
        return ConditionEvaluationResult.disabled(message + " (skipped outside CI)");
    }
}
