package org.perfgrade.web;

import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * County isolation on every endpoint of the console: each mapped endpoint is listed here with the test that shows a
 * county user cannot read or write another county's data through it, so that a new endpoint fails this test until
 * its isolation is covered too.
 */
@WebConsoleTest
class EndpointIsolationTests {

    /** Endpoint (method and pattern) → the test covering county isolation on it. */
    static final Map<String, String> COVERED = Map.ofEntries(
            Map.entry("GET /", "HomePageTests (aggregate figures only, the same for every role)"),
            Map.entry("GET /login", "SignInTests (no data)"),
            Map.entry("GET /documents", "DocumentDownloadTests#aCountyListsItsOwnExtractsAndTheCityAggregatesOnly"),
            Map.entry("GET /documents/{id}",
                    "DocumentDownloadTests#aCountyDownloadsItsOwnExtractButNotAnotherCountysNorTheCityList"),
            Map.entry("GET /upload", "UploadTests#aCountyCannotUploadForAnotherCountyNorTheProvinceAtAll"),
            Map.entry("POST /upload", "UploadTests#aCountyCannotUploadForAnotherCountyNorTheProvinceAtAll"),
            Map.entry("POST /upload/held/{id}/{decision}", "OwnershipConsoleTests"
                    + "#theCityRejectsAHeldUploadAndCountiesAndTheProvinceCannotDecideNorMoveEnterprises"),
            Map.entry("GET /enterprises/move", "OwnershipConsoleTests"
                    + "#theCityRejectsAHeldUploadAndCountiesAndTheProvinceCannotDecideNorMoveEnterprises"),
            Map.entry("POST /enterprises/move", "OwnershipConsoleTests"
                    + "#theCityRejectsAHeldUploadAndCountiesAndTheProvinceCannotDecideNorMoveEnterprises"),
            Map.entry("GET /audit", "AuditPageTests#countyAndProvinceUsersMayNotReadIt"),
            Map.entry("GET /chart/{date}.png",
                    "DashboardChartTests#cityAndCountySeeTheChartOfTheLatestSnapshot (aggregate figures only)"),
            Map.entry("GET /chart/{date}/trend.png",
                    "TrendChartTests#theProvinceSeesNoTrend (aggregate figures only)"),
            Map.entry("GET /chart/{date}/trend/{county}.png",
                    "TrendChartTests#aCountySeesItsOwnTrendAndNoOtherCountys"),
            Map.entry("GET /jobs", "JobPageTests#countyAndProvinceUsersReachNoJobPage"),
            Map.entry("POST /jobs/{kind}", "JobPageTests#countyAndProvinceUsersReachNoJobPage, "
                    + "FilingJobPageTests#aBatchOutsideOneToFourIsRefusedBeforeAnythingStarts"),
            Map.entry("GET /jobs/{executionId:\\d+}", "JobPageTests#countyAndProvinceUsersReachNoJobPage"),
            Map.entry("GET /jobs/{executionId:\\d+}/progress", "JobPageTests#countyAndProvinceUsersReachNoJobPage"));

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    @Test
    void everyConsoleEndpointHasItsCountyIsolationCovered() {
        // given the console's own endpoints (Spring's error and actuator endpoints aside)
        Set<String> endpoints = new TreeSet<>();
        for (RequestMappingInfo info : mappings.getHandlerMethods().keySet()) {
            for (String pattern : info.getPatternValues()) {
                if (pattern.startsWith("/error")) {
                    continue;
                }
                info.getMethodsCondition().getMethods().forEach(m -> endpoints.add(m.name() + " " + pattern));
            }
        }
        // then each is covered
        assertThat(COVERED.keySet()).as("endpoints with county isolation covered; add the test of a new one here")
                .containsExactlyInAnyOrderElementsOf(endpoints);
    }
}
