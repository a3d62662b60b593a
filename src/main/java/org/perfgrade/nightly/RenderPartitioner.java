package org.perfgrade.nightly;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.perfgrade.reference.County;
import org.perfgrade.reference.ReferenceData;

import org.springframework.batch.core.partition.Partitioner;
import org.springframework.batch.infrastructure.item.ExecutionContext;

/**
 * 按县区分区生成文档: the partitions of {@code renderDocuments} — one for the city-wide documents, then one per county
 * in 附件1 order — so that a province of a hundred counties renders on every core. Each partition carries its place
 * in that order, by which the documents are listed whatever order the partitions finish in.
 */
final class RenderPartitioner implements Partitioner {

    static final String CITY = "city";
    static final String COUNTY = "county";
    static final String ORDER = "order";

    private final ReferenceData reference;

    RenderPartitioner(ReferenceData reference) {
        this.reference = reference;
    }

    @Override
    public Map<String, ExecutionContext> partition(int gridSize) {
        Map<String, ExecutionContext> partitions = new LinkedHashMap<>();
        ExecutionContext city = new ExecutionContext();
        city.putInt(ORDER, 0);
        partitions.put(CITY, city);
        List<County> counties = reference.counties();
        for (int i = 0; i < counties.size(); i++) {
            ExecutionContext context = new ExecutionContext();
            context.putString(COUNTY, counties.get(i).code());
            context.putInt(ORDER, i + 1);
            partitions.put(name(counties.get(i)), context);
        }
        return partitions;
    }

    /** The partition names in listing order: the city-wide one, then the counties in 附件1 order. */
    List<String> names() {
        return List.copyOf(partition(0).keySet());
    }

    static String name(County county) {
        return COUNTY + ":" + county.code();
    }
}
