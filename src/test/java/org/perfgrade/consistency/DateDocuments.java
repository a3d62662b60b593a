package org.perfgrade.consistency;

import tools.jackson.databind.JsonNode;

/**
 * 当日文档，按读者所见: the documents of one date as a reader sees them — the briefing (每日进展简报), the city-wide
 * target table (附件1目标表) and the progress notice (进展情况通报), each read back from its PDF with PDFBox, and the
 * snapshot as {@code nightly --json} prints it.
 */
record DateDocuments(PdfLayout briefing, PdfLayout targetTable, PdfLayout notice, JsonNode json) {

    /** The progress notice's body: what comes before its list of attachments (附件：). */
    String noticeBody() {
        String text = compact(notice);
        int attachments = text.indexOf("附件：");
        return attachments < 0 ? text : text.substring(0, attachments);
    }

    /** The briefing's opening part (一、总体情况), before its first table. */
    String briefingBody() {
        StringBuilder body = new StringBuilder();
        for (PdfLayout.Line line : briefing.lines()) {
            if (line.text().startsWith("二、")) {
                break;
            }
            body.append(line.text());
        }
        return body.toString();
    }

    /**
     * The briefing's table of the counties (二、各县区完成情况): the lines after its heading up to the city's row or
     * the next part (三、).
     */
    PdfLayout briefingTable() {
        PdfLayout table = briefing.section("各县区完成情况", "全市", "三、");
        return table.lines().isEmpty() ? briefing.section("二、", "全市", "三、") : table;
    }

    /** A document's text without line breaks, so that wrapped sentences read as one. */
    static String compact(PdfLayout layout) {
        return layout.text().replaceAll("\\s", "");
    }

    /** The statements of the date's documents, without the notice's number (the only thing allowed to differ). */
    String statements() {
        return (briefing.text() + targetTable.text() + notice.text()).replaceAll("〔\\d{4}〕\\d+号", "〔〕号");
    }
}
