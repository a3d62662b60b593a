package org.perfgrade.replay;

/** 演示进度行: one line per replayed day, in Chinese, for stderr while the replay runs. */
public final class ReplayProgress {

    private ReplayProgress() {
    }

    /** {@code 2021-06-14  收文 3 个，导入 3 个，文档 1 份；通报 汴环攻坚办〔2021〕2号；<events>（0.8 秒）}. */
    public static String line(ReplayedDay day) {
        StringBuilder line = new StringBuilder(day.date().toString()).append("  ");
        if (!day.replayed()) {
            return line.append("已重放，跳过").toString();
        }
        line.append("收文 ").append(day.files().size()).append(" 个，导入 ").append(day.imported()).append(" 个");
        if (day.rendered() > 0) {
            line.append("，文档 ").append(day.rendered()).append(" 份");
        }
        if (!day.notices().isEmpty()) {
            line.append("；通报 ").append(String.join("、", day.notices()));
        }
        if (day.filing() != null) {
            line.append("；报省材料包 ").append(day.filing());
        }
        if (!day.events().isEmpty()) {
            line.append("；").append(String.join("；", day.events()));
        }
        return line.append("（").append(String.format(java.util.Locale.ROOT, "%.1f", day.millis() / 1000.0))
                .append(" 秒）").toString();
    }
}
