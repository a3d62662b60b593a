/**
 * 报送县区: which county a file belongs to — the {@code --county} option or inbox folder it came with, else the county
 * the file names in its title, 填报单位 line, file name or 县、区 column (F11 when none decides), and the key of a
 * file's import (county and SHA-256) — and the nightly pull of submissions from a county's own database (JDBC) into
 * the importer.
 */
package org.perfgrade.ingest.county;
