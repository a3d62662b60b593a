package org.perfgrade.ingest;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * 导入规则 ({@code perfgrade.ingest}): how forgiving the importer is with county files, and when a file is held for
 * the city to decide instead of replacing what the county holds.
 *
 * @param strict          false (default): a cell whose meaning is certain (B级企业, 铸造行业, 8月底) is stored as read
 *                        with a warning; true: every such correction is an error, for an office that wants its
 *                        counties to fix the file themselves
 * @param holdRetireShare a file that would retire more than this share of what the county holds of its kind (and
 *                        more than {@link #HOLD_MIN_RETIRED} lines or plans) is held for the city (default 0.5)
 */
@ConfigurationProperties("perfgrade.ingest")
public record IngestRules(@DefaultValue("false") boolean strict, @DefaultValue("0.5") double holdRetireShare) {

    /** A file retiring this many or fewer never is held, whatever the share. */
    public static final int HOLD_MIN_RETIRED = 5;

    public IngestRules {
        if (holdRetireShare <= 0 || holdRetireShare > 1) {
            throw new IllegalArgumentException("perfgrade.ingest.hold-retire-share 须大于 0 且不大于 1，现为 "
                    + holdRetireShare);
        }
    }
}
