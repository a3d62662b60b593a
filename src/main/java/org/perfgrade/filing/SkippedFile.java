package org.perfgrade.filing;

/**
 * 未收入的扫描件: a PDF a county supplied that the package leaves out (unreadable, encrypted, over a limit), and why.
 *
 * @param creditCode the enterprise's 统一社会信用代码
 * @param fileName   the file's name in the enterprise's materials folder
 * @param reason     why it was left out, e.g. 文件已加密，无法合并
 * @param message    the whole sentence for the log, with the file's path and the setting that left it out
 */
record SkippedFile(String creditCode, String fileName, String reason, String message) {
}
