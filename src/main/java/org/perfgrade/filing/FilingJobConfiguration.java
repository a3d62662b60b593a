package org.perfgrade.filing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import org.perfgrade.WorkspaceProperties;
import org.perfgrade.batch.FilingKey;
import org.perfgrade.batch.StartedRuns;
import org.perfgrade.document.ArchivedDocument;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.interceptor.DefaultTransactionAttribute;

/**
 * {@code filingJob}: one provincial filing package in four steps — {@code collect} (the batch's lines and the scanned materials,
 * each enterprise checked for every required material; stops the job naming every enterprise lacking one unless gaps
 * are allowed), {@code lists} (the list and the 材料缺项清单, each as xlsx and PDF), {@code coverLetter} (the numbered 报送函) and
 * {@code assemble} (合并文件, 文件清单, the checksums, the ZIP through the archive). The parts wait in a work folder
 * of the job instance under the data folder, so a failed run restarts at the step that failed; the ZIP is the only
 * thing written to the output folder, atomically, at the end.
 */
@Configuration(proxyBeanMethods = false)
class FilingJobConfiguration {

    static final String GAPS = "gaps";
    static final int GAPS_KEPT = 50;
    static final String PACKAGE_PATH = "packagePath";
    static final String PACKAGE_SHA = "packageSha256";

    private static final Logger log = LoggerFactory.getLogger(FilingJobConfiguration.class);

    private static final DefaultTransactionAttribute NO_TRANSACTION = new DefaultTransactionAttribute(
            TransactionDefinition.PROPAGATION_NOT_SUPPORTED);

    @Bean
    Job filingJob(JobRepository jobRepository, Step filingCollect, Step filingLists, Step filingCoverLetter,
                  Step filingAssemble, StartedRuns startedRuns) {
        return new JobBuilder(FilingKey.JOB, jobRepository).start(filingCollect).next(filingLists)
                .next(filingCoverLetter).next(filingAssemble).listener(startedRuns).build();
    }

    @Bean
    Step filingCollect(JobRepository jobRepository, PlatformTransactionManager transactionManager,
                       FilingCollector collector) {
        return step("collect", jobRepository, transactionManager, (contribution, request, root, work) -> {
            FilingContents contents = collector.collect(request, root);
            contents.skipped().forEach(file -> log.warn(file.message()));
            putGaps(jobContext(contribution), contents.gapTexts());
            if (!contents.gaps().isEmpty() && !request.allowIncomplete()) {
                throw new FilingIncompleteException(FilingMessages.incomplete(contents), contents.gapTexts());
            }
            contribution.incrementWriteCount(contents.lines().size());
        });
    }

    @Bean
    Step filingLists(JobRepository jobRepository, PlatformTransactionManager transactionManager,
                     FilingCollector collector, FilingPackage packages) {
        return step("lists", jobRepository, transactionManager, (contribution, request, root, work) ->
                packages.writeLists(collector.collect(request, root), work));
    }

    @Bean
    Step filingCoverLetter(JobRepository jobRepository, PlatformTransactionManager transactionManager,
                           FilingCollector collector, FilingPackage packages) {
        return step("coverLetter", jobRepository, transactionManager, (contribution, request, root, work) ->
                packages.writeLetter(collector.collect(request, root), work));
    }

    @Bean
    Step filingAssemble(JobRepository jobRepository, PlatformTransactionManager transactionManager,
                        FilingCollector collector, FilingPackage packages) {
        return step("assemble", jobRepository, transactionManager, (contribution, request, root, work) -> {
            FilingContents contents = collector.collect(request, root);
            ArchivedDocument zip = packages.assemble(contents, work);
            ExecutionContext context = jobContext(contribution);
            context.putString(PACKAGE_PATH, zip.path());
            context.putString(PACKAGE_SHA, zip.sha256());
            putGaps(context, contents.gapTexts());
            contribution.incrementWriteCount(1);
            delete(work);
        });
    }

    /** The work of one step, given the request, the materials folder and the instance's work folder. */
    @FunctionalInterface
    interface Work {
        void run(StepContribution contribution, FilingRequest request, Path materials, Path work) throws Exception;
    }

    /** A step of the job; the work folder is {@code workRoot}/{job instance id}. */
    private static Step step(String name, JobRepository jobRepository, PlatformTransactionManager transactionManager,
                             Work work) {
        return new StepBuilder(name, jobRepository)
                .tasklet((contribution, chunkContext) -> {
                    FilingKey key = FilingKey.from(contribution.getStepExecution().getJobParameters());
                    FilingRequest request = new FilingRequest(key.runDate(),
                            key.batch() == 0 ? null : (int) key.batch(), key.allowIncomplete());
                    Path workDir = key.workRoot()
                            .resolve(String.valueOf(contribution.getStepExecution().getJobExecution().getJobInstanceId()));
                    work.run(contribution, request, key.materials(), workDir);
                    return RepeatStatus.FINISHED;
                }, transactionManager)
                .transactionAttribute(NO_TRANSACTION)
                .build();
    }

    /** {@code <data>/filing-work}: where the parts of a package wait between steps. */
    static Path workRoot(WorkspaceProperties workspace) {
        return workspace.dataDir().toAbsolutePath().normalize().resolve("filing-work");
    }

    private static ExecutionContext jobContext(StepContribution contribution) {
        return contribution.getStepExecution().getJobExecution().getExecutionContext();
    }

    private static void delete(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }

    /**
     * The gaps as the job repository keeps them: the first {@value #GAPS_KEPT} (every one is in the cover letter) and
     * a line saying how many more — the context column holds at most 64 KiB on MySQL, and a province-sized package
     * can lack thousands of opinions.
     */
    static void putGaps(ExecutionContext context, List<String> gaps) {
        List<String> kept = new ArrayList<>(gaps.subList(0, Math.min(gaps.size(), GAPS_KEPT)));
        if (gaps.size() > GAPS_KEPT) {
            kept.add(FilingMessages.moreGaps(gaps.size() - GAPS_KEPT));
        }
        context.putString(GAPS, String.join("\n", kept));
    }

    static List<String> gaps(String joined) {
        return joined == null || joined.isEmpty() ? List.of() : List.of(joined.split("\n"));
    }
}
