package org.perfgrade.ingest;

import java.util.List;

import org.perfgrade.ingest.held.HeldSubmissions;
import org.springframework.stereotype.Service;

/**
 * 市局确认: the city's decision on a file held because it would retire much of what its county holds. Confirming
 * imports it as received on its upload date; rejecting leaves everything as it was. Only the newest file of a county
 * and kind can be confirmed: an older one is superseded instead. The caller records the decision in the audit log.
 */
@Service
public class HeldDecisions {

    private final SubmissionRepository submissions;
    private final HeldSubmissions held;
    private final SubmissionImporter importer;

    public HeldDecisions(SubmissionRepository submissions, HeldSubmissions held, SubmissionImporter importer) {
        this.submissions = submissions;
        this.held = held;
        this.importer = importer;
    }

    /** The held files, oldest first. */
    public List<HeldSubmissions.Held> held() {
        return held.held();
    }

    /**
     * Confirms a held file and imports it; a confirmed file whose import failed is continued.
     *
     * @throws DecisionRefusedException when the file is not held (decided, superseded, unknown) or a newer file of
     *                                  its county and kind exists (it is then superseded)
     */
    public ImportReport confirm(long id, String decidedBy) {
        SubmissionRepository.Submission s = existing(id);
        boolean retry = s.status() == SubmissionStatus.FAILED && decidedBy(id) != null;
        if (!retry) {
            requireHeld(s);
            if (held.newerExists(id, s.countyCode(), s.kind())) {
                held.decide(id, SubmissionStatus.SUPERSEDED, "已有同一县区、同一类型的较新报送文件，本文件不能再确认", decidedBy);
                throw new DecisionRefusedException("报送编号 " + id + " 已有同一县区、同一类型的较新报送文件，只能确认最新的文件；"
                        + "本文件已标记为被取代");
            }
            if (!held.decide(id, SubmissionStatus.CONFIRMED, "市生态环境局已确认，按报送日期导入", decidedBy)) {
                throw new DecisionRefusedException("报送编号 " + id + " 已不在待确认状态");
            }
        }
        return importer.applyConfirmed(id);
    }

    /** Rejects a held file: nothing of it is applied and nothing retires. */
    public ImportReport reject(long id, String decidedBy) {
        SubmissionRepository.Submission s = existing(id);
        requireHeld(s);
        if (!held.decide(id, SubmissionStatus.REJECTED, "市生态环境局未确认本文件（将使较多在册数据退出），在册数据未作改动", decidedBy)) {
            throw new DecisionRefusedException("报送编号 " + id + " 已不在待确认状态");
        }
        return importer.report(id);
    }

    private SubmissionRepository.Submission existing(long id) {
        try {
            return submissions.find(id);
        }
        catch (org.springframework.dao.EmptyResultDataAccessException ex) {
            throw new DecisionRefusedException("没有报送编号为 " + id + " 的文件");
        }
    }

    private static void requireHeld(SubmissionRepository.Submission s) {
        if (s.status() != SubmissionStatus.HELD) {
            throw new DecisionRefusedException("报送编号 " + s.id() + " 不是待市局确认的文件（当前状态：" + statusText(s.status())
                    + "）");
        }
    }

    private String decidedBy(long id) {
        return held.decidedBy(id);
    }

    static String statusText(SubmissionStatus status) {
        return switch (status) {
            case IMPORTED -> "已导入";
            case REJECTED -> "已退回";
            case SUPERSEDED -> "已被较新文件取代";
            case CONFIRMED -> "已确认";
            case HELD -> "待市局确认";
            case FAILED -> "导入未完成";
            default -> status.name();
        };
    }

    /** A decision that cannot be made; the message says why, in Chinese. */
    public static class DecisionRefusedException extends RuntimeException {

        public DecisionRefusedException(String message) {
            super(message);
        }
    }
}
