package org.perfgrade.filing;

import java.nio.file.Path;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * 报省材料包设置 ({@code perfgrade.filing}): where the counties' scanned materials are, how much of them a package
 * takes (so that one oversized scan cannot make a package the province's mail server refuses), and which materials
 * every enterprise must have.
 *
 * @param materialsDir      the folder holding {@code <县区>/materials/<统一社会信用代码>/*.pdf} beside the counties'
 *                          submissions; empty: the inbox ({@code perfgrade.inbox-dir})
 * @param maxMaterialMb     the largest scanned PDF taken, in MiB; a larger one is left out and listed as a gap
 * @param maxMaterialFiles  the most scanned PDFs taken per enterprise (in file-name order)
 * @param maxTotalMb        the most scanned material per package, in MiB
 * @param requiredMaterials 必备材料 checked for each enterprise; empty: {@link RequiredMaterial#defaults()}
 */
@ConfigurationProperties("perfgrade.filing")
public record FilingProperties(Path materialsDir, @DefaultValue("20") int maxMaterialMb,
                               @DefaultValue("20") int maxMaterialFiles, @DefaultValue("300") int maxTotalMb,
                               List<RequiredMaterial> requiredMaterials) {

    public FilingProperties {
        requiredMaterials = requiredMaterials == null || requiredMaterials.isEmpty() ? RequiredMaterial.defaults()
                : List.copyOf(requiredMaterials);
    }
}
