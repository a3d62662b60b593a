/**
 * 待确认文件: the check that holds a county file for the city instead of letting it replace what the county holds —
 * whether a file needs the check, the dry run that counts which lines or plans it would retire, the decision to
 * reject or hold it, and the list of files held. The city's confirm or reject is
 * {@link org.perfgrade.ingest.HeldDecisions}.
 */
package org.perfgrade.ingest.held;
