package org.perfgrade.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.springframework.batch.core.partition.Partitioner;
import org.springframework.batch.infrastructure.item.ExecutionContext;

/**
 * 按县区分区: one partition per county folder of an inbox ({@code <inbox>/<县区>/…}), named after the county, so
 * that a province's hundred counties can be imported side by side. The files of one county stay in one partition
 * and keep their order (ledger first), as a clerk would take them.
 */
class CountyPartitioner implements Partitioner {

    static final String COUNTY = "county";
    static final String FOLDER = "folder";

    private final Path inbox;

    CountyPartitioner(Path inbox) {
        this.inbox = inbox;
    }

    @Override
    public Map<String, ExecutionContext> partition(int gridSize) {
        Map<String, ExecutionContext> partitions = new LinkedHashMap<>();
        for (Path folder : folders()) {
            ExecutionContext context = new ExecutionContext();
            String county = folder.getFileName().toString();
            context.putString(COUNTY, county);
            context.putString(FOLDER, folder.toString());
            partitions.put("county:" + county, context);
        }
        return partitions;
    }

    private List<Path> folders() {
        if (!Files.isDirectory(inbox)) {
            return List.of();
        }
        try (Stream<Path> entries = Files.list(inbox)) {
            return entries.filter(Files::isDirectory).filter(p -> !p.getFileName().toString().equals("rejected"))
                    .sorted().toList();
        }
        catch (IOException ex) {
            throw new UncheckedIOException("无法读取收件目录 " + inbox + "：" + ex.getMessage(), ex);
        }
    }
}
