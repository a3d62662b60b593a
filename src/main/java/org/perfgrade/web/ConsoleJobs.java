package org.perfgrade.web;

import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Service;

/**
 * 作业启动: the kinds of job the console can start ({@link ConsoleJobStarter}) and a start on the console's job
 * threads ({@link ConsoleJobThreads}: one run of a kind at a time; a run the job repository marks running counts too,
 * see {@link JobRuns}, which also reads the runs back when a page asks).
 */
@Service
public class ConsoleJobs {

    private final List<ConsoleJobStarter> starters;
    private final ConsoleJobThreads threads;
    private final JobRuns runs;

    ConsoleJobs(List<ConsoleJobStarter> starters, ConsoleJobThreads threads, JobRuns runs) {
        this.starters = List.copyOf(starters);
        this.threads = threads;
        this.runs = runs;
    }

    /** The kinds the console can start, in page order. */
    public List<ConsoleJobStarter> starters() {
        return starters;
    }

    public Optional<ConsoleJobStarter> starter(String key) {
        return starters.stream().filter(l -> l.key().equals(key)).findFirst();
    }

    /** Starts a run; its execution id. @throws JobRefusedException when it is refused or did not start */
    public long start(ConsoleJobStarter starter, JobRequest request, String username, String remoteAddress) {
        return threads.start(starter, request, username, remoteAddress,
                () -> runs.refuseWhileRunning(starter, request.asOf()));
    }
}
