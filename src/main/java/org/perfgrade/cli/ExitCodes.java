package org.perfgrade.cli;

/** The exit codes every perfgrade command keeps to, so that schedulers and scripts can react. */
public final class ExitCodes {

    /** 成功. */
    public static final int OK = 0;
    /** 失败: the command could not do its work (database, config, fonts, disk…). */
    public static final int FAILURE = 1;
    /** 用法错误: unknown command or option, bad option value. */
    public static final int USAGE = 2;
    /** 输入被拒: the input (a county file, a document request) was refused; the reasons are in the output. */
    public static final int INPUT_REJECTED = 3;

    private ExitCodes() {
    }
}
