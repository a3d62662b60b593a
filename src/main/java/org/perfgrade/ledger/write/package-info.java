/**
 * 台账写入: the write side the import job reaches through {@link org.perfgrade.ledger.LedgerImport} for 清单台账 and
 * 附件2 rows — the line and plan writers and their stores, the enterprise registry (企业登记, honours, a chunk's
 * enterprises read ahead), the line index of a chunk, the industry and branch a row names (分支待补充), the stamp of
 * the submission row, the messages of the issues, and the 退出预估 (held check) that tells, before a file replaces
 * its county's, how much it would retire. The review and violation rooms write through its registry and line store;
 * nothing here uses them, and the read side ({@code ledger.asof}) never uses this room.
 */
package org.perfgrade.ledger.write;
