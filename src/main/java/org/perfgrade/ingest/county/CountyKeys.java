package org.perfgrade.ingest.county;

import java.nio.file.Path;

import org.perfgrade.ingest.IngestLimits;
import org.perfgrade.ingest.header.DetectedSheet;
import org.perfgrade.ingest.header.HeaderDetector;
import org.perfgrade.ingest.problem.FileRejectedException;
import org.perfgrade.ingest.sheet.SpreadsheetFile;
import org.perfgrade.reference.County;
import org.perfgrade.reference.ReferenceData;

import org.springframework.stereotype.Component;

/**
 * 报送县区键: the county a file is taken in for, known before its import — with the SHA-256 the key of the import
 * (重复报送按县区: the same bytes from two counties are two submissions). The hint's county (inbox folder,
 * {@code --county}, the console user's county); without one, the county the file itself names (title, file name,
 * 县、区 column); "" when that is not known yet (the import then says why).
 */
@Component
public class CountyKeys {

    private final ReferenceData reference;
    private final IngestLimits limits;
    private final CountyResolver resolver;

    CountyKeys(ReferenceData reference, IngestLimits limits, CountyResolver resolver) {
        this.reference = reference;
        this.limits = limits;
        this.resolver = resolver;
    }

    /** The county code the archived file is taken in for, or "". */
    public String of(Path archived, CountyHint hint) {
        if (hint != null) {
            return reference.county(hint.name()).map(County::code).orElse("");
        }
        try (SpreadsheetFile file = SpreadsheetFile.open(archived, limits)) {
            DetectedSheet sheet = new HeaderDetector().detect(file);
            return resolver.resolve(null, null, file, sheet).county().code();
        }
        catch (FileRejectedException | RuntimeException unknown) {
            return "";
        }
    }
}
