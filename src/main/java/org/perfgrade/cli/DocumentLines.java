package org.perfgrade.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.perfgrade.document.ArchivedDocument;
import org.perfgrade.reference.Glossary;

/** 文档清单的打印: the lines a command prints for the documents it wrote — each by its Chinese kind, path and SHA-256. */
final class DocumentLines {

    private DocumentLines() {
    }

    /** One line per document, then the manifest's place under {@code outDir}. */
    static List<String> of(List<ArchivedDocument> documents, Path outDir, Glossary glossary) {
        List<String> lines = new ArrayList<>();
        for (ArchivedDocument d : documents) {
            lines.add("文档：" + glossary.kindName(d.kind()) + "　" + d.path() + "（SHA-256 " + d.sha256() + "）");
        }
        lines.add("文档清单：" + outDir.resolve("manifest.json"));
        return lines;
    }
}
