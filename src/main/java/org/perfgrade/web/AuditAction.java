package org.perfgrade.web;

/** 审计事项: what the audit log records. */
public enum AuditAction {
    /** 登录成功 */
    SIGN_IN,
    /** 登录失败（密码错误、用户不存在或账户已锁定） */
    SIGN_IN_FAILED,
    /** 连续登录失败，账户被锁定 */
    LOCKED,
    /** 下载文档 */
    DOWNLOAD,
    /** 上传县区报送文件 */
    UPLOAD,
    /** 启动作业 */
    JOB_START,
    /** 作业结束（完成或失败） */
    JOB_FINISHED,
    /** 市局确认待确认的报送文件（导入） */
    HELD_CONFIRM,
    /** 市局退回待确认的报送文件 */
    HELD_REJECT,
    /** 市局将企业迁移到其他县区 */
    ENTERPRISE_MOVE
}
