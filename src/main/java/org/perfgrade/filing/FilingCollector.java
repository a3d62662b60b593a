package org.perfgrade.filing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;

import com.lowagie.text.pdf.PdfReader;

import org.perfgrade.WorkspaceProperties;
import org.perfgrade.reference.ReferenceData;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * 收集材料: what a package will hold — the lines of the batch and each enterprise's scanned PDFs from
 * {@code <materials>/<县区>/materials/<统一社会信用代码>/}, each opened once to make sure it can be copied (an
 * unreadable or encrypted file, or one over the limits, is left out with a note, never a crash) — and, through
 * {@link MaterialCheck}, every enterprise lacking a required material. Reads only: {@code package --check} uses it
 * alone.
 */
@Component
class FilingCollector {

    private static final long MIB = 1024L * 1024L;

    private final FilingQuery query;
    private final FilingProperties properties;
    private final ReferenceData reference;
    private final BatchNames batchNames;
    private final Path defaultRoot;

    FilingCollector(FilingQuery query, FilingProperties properties, ReferenceData reference, BatchNames batchNames,
                    WorkspaceProperties workspace) {
        this.query = query;
        this.properties = properties;
        this.reference = reference;
        this.batchNames = batchNames;
        this.defaultRoot = workspace.inboxDir();
    }

    /** The configured materials folder (else the inbox). */
    Path defaultMaterialsRoot() {
        return (properties.materialsDir() != null ? properties.materialsDir() : defaultRoot).toAbsolutePath()
                .normalize();
    }

    @Transactional(readOnly = true)
    public FilingContents collect(FilingRequest request, Path materialsRoot) {
        List<FilingLine> lines = query.lines(request.asOf(), request.batch());
        List<FilingMaterial> materials = new ArrayList<>();
        List<SkippedFile> skipped = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        long total = 0;
        for (FilingLine line : lines) {
            if (line.creditCode() == null || !seen.add(line.creditCode())) {
                continue;
            }
            Path folder = materialsRoot.resolve(line.county().name()).resolve("materials").resolve(line.creditCode());
            List<Path> files = pdfs(folder);
            int taken = 0;
            for (Path file : files) {
                String shown = materialsRoot.relativize(file).toString();
                String name = file.getFileName().toString();
                long size = size(file);
                if (taken >= properties.maxMaterialFiles()) {
                    skipped.add(new SkippedFile(line.creditCode(), name, "每家企业至多收入"
                            + properties.maxMaterialFiles() + "个扫描件", "扫描件 " + shown + " 未收入：" + line.enterpriseName()
                            + " 的扫描件超过 " + properties.maxMaterialFiles()
                            + " 个（perfgrade.filing.max-material-files）"));
                    continue;
                }
                if (size > properties.maxMaterialMb() * MIB) {
                    skipped.add(new SkippedFile(line.creditCode(), name, String.format(
                            "文件%.1f MB，超过单个文件上限%d MB", size / (double) MIB, properties.maxMaterialMb()),
                            String.format("扫描件 %s 未收入：%.1f MB，超过单个文件上限 %d MB（perfgrade.filing.max-material-mb）",
                                    shown, size / (double) MIB, properties.maxMaterialMb())));
                    continue;
                }
                if (total + size > properties.maxTotalMb() * MIB) {
                    skipped.add(new SkippedFile(line.creditCode(), name, "材料包扫描件合计超过" + properties.maxTotalMb()
                            + " MB", "扫描件 " + shown + " 未收入：材料包的扫描件合计超过 " + properties.maxTotalMb()
                            + " MB（perfgrade.filing.max-total-mb）"));
                    continue;
                }
                String problem = unreadable(file);
                if (problem != null) {
                    skipped.add(new SkippedFile(line.creditCode(), name, problem, "扫描件 " + shown + " 未收入："
                            + problem));
                    continue;
                }
                taken++;
                total += size;
                materials.add(new FilingMaterial(line.county(), line.enterpriseName(), line.creditCode(), file,
                        FilingPackage.MATERIALS + "/" + safe(line.county().name()) + "/" + safe(line.enterpriseName())
                                + "-" + line.creditCode() + "/" + safe(file.getFileName().toString()), size));
            }
        }
        return new FilingContents(request, batchNames.name(request.batch()),
                properties.requiredMaterials().stream().map(RequiredMaterial::name).toList(), lines, materials, skipped,
                MaterialCheck.gaps(lines, materials, skipped, properties.requiredMaterials(), reference));
    }

    /** An enterprise: its credit code, or its county and name when it has none. */
    static String enterpriseKey(FilingLine line) {
        return line.creditCode() != null ? line.creditCode() : line.county().code() + "/" + line.enterpriseName();
    }

    static String gradeName(String grade) {
        return grade.contains("引领") ? "绩效" + grade : grade + "级";
    }

    private static List<Path> pdfs(Path folder) {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(Files::isRegularFile)
                    .filter(f -> f.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".pdf"))
                    .filter(f -> !f.getFileName().toString().startsWith("."))
                    .sorted().toList();
        }
        catch (IOException ex) {
            return List.of();
        }
    }

    /** Why the PDF cannot go into the package, or null when it can be copied. */
    private static String unreadable(Path file) {
        PdfReader reader = null;
        try {
            reader = new PdfReader(file.toString());
            if (reader.isEncrypted()) {
                return "文件已加密，无法合并，请县区提供未加密的扫描件";
            }
            if (reader.getNumberOfPages() < 1) {
                return "文件没有页面";
            }
            return null;
        }
        catch (com.lowagie.text.exceptions.BadPasswordException | LinkageError ex) {
            // LinkageError: OpenPDF needs Bouncy Castle to decrypt AES, which perfgrade does not ship
            return "文件已加密，无法合并，请县区提供未加密的扫描件";
        }
        catch (Exception ex) {
            return "不是可读取的PDF文件";
        }
        finally {
            if (reader != null) {
                reader.close();
            }
        }
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        }
        catch (IOException ex) {
            return Long.MAX_VALUE;
        }
    }

    /** A name safe as one path segment inside the ZIP. */
    static String safe(String name) {
        return name.replaceAll("[\\\\/:*?\"<>|\\p{Cntrl}]", "_").strip();
    }
}
