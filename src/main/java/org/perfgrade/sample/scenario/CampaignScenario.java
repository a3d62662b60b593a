package org.perfgrade.sample.scenario;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.perfgrade.document.xlsx.WorkbookStamp;
import org.perfgrade.reference.ReferenceData;

/**
 * 2021年提升行动演示场景: a seeded replay of the campaign from the plan's date (2021-05-25) to 2021-11-15 on the
 * working days of the configured calendar — each county submitting on its own dates, the review batches, violations,
 * a correction, an expert barred. Deterministic: the same reference data and seed give the same days and files.
 * INTEGRATION SCAFFOLD: the API the replay builds on; the scenario's author fills it in.
 */
public final class CampaignScenario {

    private CampaignScenario() {
    }

    /** The scenario for the reference data and seed; files dated with {@code stamp}. */
    public static CampaignScenario of(ReferenceData reference, long seed, WorkbookStamp stamp) {
        throw new UnsupportedOperationException("integration scaffold");
    }

    /** The working days replayed, oldest first (2021-05-25 … 2021-11-15). */
    public List<LocalDate> days() {
        throw new UnsupportedOperationException("integration scaffold");
    }

    /**
     * Writes the day's county files into {@code dayInbox/<县区名>/} and the scans of that day's applications under
     * {@code materialsRoot/<县区名>/materials/<统一社会信用代码>/} (the folder the filing package reads), and returns
     * the day. Writing a day again writes the same bytes. Days need not be prepared in order, but the scenario's
     * files only make sense imported in order.
     */
    public ScenarioDay prepare(LocalDate day, Path dayInbox, Path materialsRoot) throws IOException {
        throw new UnsupportedOperationException("integration scaffold");
    }
}
