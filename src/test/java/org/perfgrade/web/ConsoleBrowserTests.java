package org.perfgrade.web;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.perfgrade.RunsOnEachDatabase;
import org.perfgrade.TestDatabaseInitializer;
import org.perfgrade.WorkspaceProperties;
import org.perfgrade.reference.County;
import org.perfgrade.reference.ReferenceData;
import org.perfgrade.report.BriefingReport;
import org.perfgrade.sample.SampleSubmissions;
import org.perfgrade.snapshot.Snapshot;
import org.perfgrade.snapshot.SnapshotRepository;
import org.perfgrade.snapshot.SnapshotService;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ContextConfiguration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The console end to end in a real headless Chromium (Debian's {@code chromium} and {@code chromedriver}) against the
 * application on a random port: a county user signs in, uploads its workbook and reads the receipt, signs out; the
 * city signs in and downloads the latest briefing from the front page, and the PDF that lands on disk is the
 * archived one. Runs on H2 and on MySQL/MariaDB like every database test.
 */
@RunsOnEachDatabase
@ExtendWith(ChromiumAvailability.class)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ContextConfiguration(initializers = TestDatabaseInitializer.class)
class ConsoleBrowserTests {

    private static final Duration WAIT = Duration.ofSeconds(60);
    private static final String COUNTY_PASSWORD = "county-password-1";
    private static final String CITY_PASSWORD = "city-password-1";

    @LocalServerPort
    int port;

    @Autowired
    ConsoleUsers users;

    @Autowired
    ReferenceData reference;

    @Autowired
    SnapshotService snapshots;

    @Autowired
    SnapshotRepository snapshotRepository;

    @Autowired
    BriefingReport briefing;

    @Autowired
    DocumentCatalog catalog;

    @Autowired
    AuditLog audit;

    @Autowired
    WorkspaceProperties workspace;

    @Autowired
    Clock clock;

    @Autowired
    JdbcClient jdbc;

    @TempDir
    Path downloads;

    @TempDir
    Path profile;

    @TempDir
    Path samples;

    private WebDriver browser;
    private ChromeDriverService service;

    @BeforeEach
    void usersAndBrowser() {
        jdbc.sql("DELETE FROM audit_log").update();
        jdbc.sql("DELETE FROM console_user").update();
        users.add("longting", COUNTY_PASSWORD.toCharArray(), ConsoleRole.COUNTY,
                reference.county("龙亭区").orElseThrow().code());
        users.add("shiju", CITY_PASSWORD.toCharArray(), ConsoleRole.CITY, null);
        service = new ChromeDriverService.Builder()
                .usingDriverExecutable(ChromiumAvailability.CHROMEDRIVER.toFile()).usingAnyFreePort().build();
        ChromeOptions options = new ChromeOptions();
        options.setBinary(ChromiumAvailability.CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--window-size=1280,1024", "--user-data-dir=" + profile);
        Map<String, Object> prefs = new HashMap<>();
        prefs.put("download.default_directory", downloads.toString());
        prefs.put("download.prompt_for_download", false);
        prefs.put("plugins.always_open_pdf_externally", true);
        options.setExperimentalOption("prefs", prefs);
        browser = new ChromeDriver(service, options);
    }

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.quit();
        }
        if (service != null) {
            service.stop();
        }
    }

    @Test
    void aCountyUploadsAndSeesItsReceiptThenTheCityDownloadsTheBriefing() throws Exception {
        // given: 龙亭区's ledger as the sample generator writes it
        LocalDate today = LocalDate.now(clock.withZone(workspace.zone()));
        County longting = reference.county("龙亭区").orElseThrow();
        Path ledger = SampleSubmissions.withScale(reference, 11, 80).writeInbox(samples, today).stream()
                .filter(p -> p.getParent().getFileName().toString().equals(longting.name())).findFirst()
                .orElseThrow();

        // when: the county user signs in and uploads it
        signIn("longting", COUNTY_PASSWORD);
        browser.findElement(By.linkText("上传报送文件")).click();
        browser.findElement(By.name("file")).sendKeys(ledger.toAbsolutePath().toString());
        browser.findElement(By.cssSelector("form[enctype] button[type=submit]")).click();
        WebElement receipt = new WebDriverWait(browser, WAIT)
                .until(ExpectedConditions.visibilityOfElementLocated(By.id("receipt")));
        // then: the receipt on the page is the import's, as stored
        Map<String, Object> stored = jdbc.sql("SELECT county_code, rows_total, rows_accepted, rows_rejected "
                        + "FROM submission WHERE file_name = :f").param("f", ledger.getFileName().toString())
                .query().singleRow();
        assertThat(receipt.getText()).contains("回执：" + ledger.getFileName(), "龙亭区");
        assertThat(stored.get("county_code")).isEqualTo(longting.code());
        assertThat(number("rows")).isEqualTo(((Number) stored.get("rows_total")).intValue()).isPositive();
        assertThat(number("accepted")).isEqualTo(((Number) stored.get("rows_accepted")).intValue()).isPositive();
        assertThat(number("rejected")).isEqualTo(((Number) stored.get("rows_rejected")).intValue());
        assertThat(browser.findElement(By.id("status")).getText()).startsWith("已导入");
        signOut();

        // given: the day's snapshot and briefing, with the upload counted
        Snapshot snapshot = snapshots.take(today);
        snapshotRepository.store(snapshot);
        briefing.render(snapshot);
        ConsoleDocument archived = catalog.latest(BriefingReport.KIND).orElseThrow();

        // when: the city signs in and clicks the latest briefing on the front page
        signIn("shiju", CITY_PASSWORD);
        WebElement link = browser.findElement(By.id("briefing"));
        assertThat(link.getText()).isEqualTo("下载最新每日进展简报（" + ConsoleText.date(today) + "）");
        assertThat(((Number) ((JavascriptExecutor) browser).executeScript(
                "return document.getElementById('chart').naturalWidth;")).intValue())
                .as("the chart image loaded").isEqualTo(ChartController.WIDTH * ChartController.SCALE);
        link.click();
        Path pdf = awaitDownload(BriefingReport.FILE);
        // then: the file on disk is the archived briefing, and it reads as one
        byte[] bytes = Files.readAllBytes(pdf);
        assertThat(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes)))
                .isEqualTo(archived.sha256());
        try (PDDocument document = Loader.loadPDF(bytes)) {
            String text = new PDFTextStripper().getText(document);
            assertThat(text).contains(BriefingReport.TITLE.substring(0, 8), "龙亭区");
        }
        List<AuditEntry> entries = audit.latest(10);
        assertThat(entries).extracting(AuditEntry::action).containsSubsequence(AuditAction.DOWNLOAD,
                AuditAction.SIGN_IN, AuditAction.UPLOAD, AuditAction.SIGN_IN);
        assertThat(entries.get(0).username()).isEqualTo("shiju");
        assertThat(entries.get(0).detail()).contains(BriefingReport.KIND);
    }

    private void signIn(String username, String password) {
        browser.get("http://localhost:" + port + "/");
        new WebDriverWait(browser, WAIT).until(ExpectedConditions.urlContains("/login"));
        browser.findElement(By.name("username")).sendKeys(username);
        browser.findElement(By.name("password")).sendKeys(password);
        browser.findElement(By.cssSelector("form.login button[type=submit]")).click();
        new WebDriverWait(browser, WAIT).until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("header .who")));
        assertThat(browser.findElement(By.cssSelector("header .who")).getText()).endsWith(username);
    }

    private void signOut() {
        browser.findElement(By.cssSelector("header form button[type=submit]")).click();
        new WebDriverWait(browser, WAIT).until(ExpectedConditions.urlContains("/login?logout"));
        assertThat(browser.getPageSource()).contains("已退出登录");
    }

    private int number(String id) {
        return Integer.parseInt(browser.findElement(By.id(id)).getText().strip());
    }

    /** Waits for the browser to finish writing the download (no {@code .crdownload} left). */
    private Path awaitDownload(String name) {
        return new WebDriverWait(browser, WAIT).until(driver -> {
            try (Stream<Path> files = Files.list(downloads)) {
                List<Path> all = files.toList();
                Optional<Path> done = all.stream().filter(p -> p.getFileName().toString().equals(name)).findFirst();
                boolean partial = all.stream().anyMatch(p -> p.getFileName().toString().endsWith(".crdownload"));
                return done.filter(p -> !partial).orElse(null);
            }
            catch (IOException ex) {
                return null;
            }
        });
    }
}
