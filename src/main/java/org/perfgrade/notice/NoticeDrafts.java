package org.perfgrade.notice;

import java.time.LocalDate;
import java.util.Comparator;

import org.perfgrade.reference.CampaignStage;
import org.perfgrade.reference.IssuingAuthority;
import org.perfgrade.reference.ReferenceData;
import org.perfgrade.snapshot.Snapshot;
import org.perfgrade.snapshot.SnapshotRepository;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 通报起草: drafts a circulation notice (通报) of one kind from the data of an as-of date — the stored snapshot and
 * the ledger as of that day — worded with {@code notices.yml}, signed by its issuer of {@code authority.yml} and dated
 * its 成文日期, which is not the as-of date the body states ("截至…"). The document number is left to the register;
 * layout is the renderer's.
 */
@Service
public class NoticeDrafts {

    private final ReferenceData reference;
    private final NoticeTemplates templates;
    private final SnapshotRepository snapshots;
    private final ProgressNotice progress;
    private final ExpertCriticismNotice expertCriticism;
    private final SeasonalControlNotice seasonalControl;

    NoticeDrafts(ReferenceData reference, NoticeTemplates templates, SnapshotRepository snapshots,
                 ProgressNotice progress, ExpertCriticismNotice expertCriticism,
                 SeasonalControlNotice seasonalControl) {
        this.reference = reference;
        this.templates = templates;
        this.snapshots = snapshots;
        this.progress = progress;
        this.expertCriticism = expertCriticism;
        this.seasonalControl = seasonalControl;
    }

    /**
     * @param since the date of the previous notice of this kind (null: none — use the campaign start from the
     *              calendar); downgrades and bars are counted after it, up to and including {@code asOf}
     * @throws IllegalStateException when the progress notice has no snapshot of the date, or there is nothing to
     *                               notify (no barred expert, no D-grade enterprise)
     */
    @Transactional(readOnly = true)
    public NoticeDraft draft(NoticeKind kind, LocalDate asOf, LocalDate since) {
        return draft(kind, asOf, asOf, reference.authority().issuerOf(kind.code()), since);
    }

    /**
     * @param issuedOn 成文日期: printed above the seal and as the 印发日期; the figures are those of {@code asOf}
     * @param issuer   who signs it (署名, 版记; the renderer sets the head of the issuer the signature names)
     * @param since    as in {@link #draft(NoticeKind, LocalDate, LocalDate)}
     */
    @Transactional(readOnly = true)
    public NoticeDraft draft(NoticeKind kind, LocalDate asOf, LocalDate issuedOn, IssuingAuthority.Issuer issuer,
                             LocalDate since) {
        LocalDate after = since != null ? since : campaignStart().minusDays(1);
        if (after.isAfter(asOf)) {
            throw new IllegalArgumentException("上次通报日期 " + after + " 晚于统计日 " + asOf);
        }
        NoticeTemplates.Wording wording = templates.of(kind);
        BodyAndAttachments parts = switch (kind) {
            case PROGRESS -> progress.draft(snapshot(asOf), after, wording);
            case EXPERT_CRITICISM -> expertCriticism.draft(asOf, after, wording);
            case SEASONAL_CONTROL -> seasonalControl.draft(asOf, wording);
            case FILING_LETTER -> throw new IllegalStateException("报送函随报省备案材料包生成，请使用 perfgrade package");
        };
        IssuingAuthority authority = reference.authority();
        String addressees = wording.addressees().orElse(authority.addressees());
        return new NoticeDraft(kind, asOf, wording.title(), addressees.endsWith("：") ? addressees : addressees + "：",
                parts.body(), issuer.name(), issuedOn, parts.attachments(), authority.copyTo(), issuer.name(), issuedOn);
    }

    private Snapshot snapshot(LocalDate asOf) {
        return snapshots.find(asOf).orElseThrow(() -> new IllegalStateException(asOf + " 没有进展快照，无法起草进展情况通报；"
                + "请先运行 perfgrade nightly --as-of " + asOf + " 生成当日快照"));
    }

    /** The first day of the calendar's first stage. */
    private LocalDate campaignStart() {
        return reference.calendar().stages().stream().map(CampaignStage::from).min(Comparator.naturalOrder())
                .orElse(LocalDate.of(reference.calendar().year(), 1, 1));
    }
}
