package org.perfgrade.web;

/**
 * 作业启动表单的一个字段 beyond the business date, e.g. the filing package's 批次 (a number) and 允许不完整
 * (a checkbox).
 *
 * @param name         the form field's name, as {@link JobRequest#options()} carries it
 * @param label        the Chinese label
 * @param type         how the form asks for it
 * @param defaultValue the proposed value (for a checkbox {@code true} ticks it); null for none
 */
public record JobOption(String name, String label, Type type, String defaultValue) {

    /** The form control. */
    public enum Type {
        TEXT, NUMBER, CHECKBOX
    }
}
