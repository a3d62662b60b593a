package org.perfgrade.cli;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

import org.perfgrade.document.MissingFontException;
import org.perfgrade.reference.ConfigException;

import org.springframework.boot.context.properties.bind.BindException;
import org.springframework.boot.origin.Origin;

/**
 * Turns whatever stopped a command into one paragraph a civil servant can act on: what failed, where, and what
 * to check. The stack trace is printed only with {@code PERFGRADE_DEBUG=1}.
 */
final class FailureMessages {

    private FailureMessages() {
    }

    static String describe(Throwable failure, CliEnvironment environment) {
        List<Throwable> chain = chain(failure);
        for (Throwable t : chain) {
            if (t instanceof ConfigException || t instanceof MissingFontException) {
                return t.getMessage();
            }
        }
        for (Throwable t : chain) {
            if (t instanceof BindException bind) {
                Origin origin = bind.getProperty() == null ? null : bind.getProperty().getOrigin();
                return "配置项 " + bind.getName() + (bind.getProperty() == null ? ""
                        : "（值“" + bind.getProperty().getValue() + "”）") + " 无效"
                        + (origin == null ? "" : "，位置：" + origin) + "：" + rootMessage(bind) + "。";
            }
            if (t.getClass().getName().startsWith("org.yaml.snakeyaml.")) {
                return "配置文件 application.yml 格式错误：" + oneLine(t.getMessage())
                        + "。请检查 config/application.yml（或 PERFGRADE_CONFIG_DIR 中的同名文件）的缩进和冒号。";
            }
        }
        SQLException sql = find(chain, SQLException.class);
        if (sql != null && isConnectionFailure(chain, sql)) {
            String reason = oneLine(rootMessage(sql));
            if (sql.getErrorCode() == 1049) {
                return "数据库 " + environment.databaseDescription() + " 不存在：" + reason + "。请先在 MySQL 中创建该库"
                        + "（CREATE DATABASE 库名 CHARACTER SET utf8mb4），perfgrade 会自行建表。";
            }
            if (reason.contains("already in use") || reason.contains("Database may be already in use")) {
                return "内嵌数据库正被另一个 perfgrade 进程使用（" + environment.databaseDescription() + "）。"
                        + "请等待该进程结束后再运行，或改用 MySQL（设置 PERFGRADE_DB_URL）以便多个进程同时工作。";
            }
            return "无法连接数据库 " + environment.databaseDescription() + "：" + reason + "。请检查环境变量 "
                    + "PERFGRADE_DB_URL、PERFGRADE_DB_USER、PERFGRADE_DB_PASSWORD，确认数据库服务已启动、"
                    + "本机可以访问，且数据库已创建。";
        }
        if (hasClass(chain, "org.flywaydb.core.api.FlywayException")) {
            return "数据库结构迁移失败（" + environment.databaseDescription() + "）：" + oneLine(rootMessage(failure))
                    + "。请确认该数据库只由 perfgrade 使用，且没有被手工修改过表结构。";
        }
        Throwable root = chain.get(chain.size() - 1);
        return "perfgrade 运行失败：" + oneLine(root.getMessage() == null ? root.getClass().getSimpleName()
                : root.getMessage()) + "。如需排查，可设置环境变量 PERFGRADE_DEBUG=1 后重试以显示详细信息。";
    }

    private static boolean isConnectionFailure(List<Throwable> chain, SQLException sql) {
        String state = sql.getSQLState();
        return (state != null && state.startsWith("08")) || "28000".equals(state) || sql.getErrorCode() == 1049
                || hasClass(chain, "com.zaxxer.hikari.pool.HikariPool$PoolInitializationException")
                || hasClass(chain, "com.mysql.cj.jdbc.exceptions.CommunicationsException")
                || chain.stream().anyMatch(t -> t instanceof java.sql.SQLNonTransientConnectionException
                        || t instanceof java.sql.SQLTransientConnectionException
                        || t instanceof java.net.ConnectException);
    }

    private static List<Throwable> chain(Throwable failure) {
        List<Throwable> chain = new ArrayList<>();
        for (Throwable t = failure; t != null && !chain.contains(t); t = t.getCause()) {
            chain.add(t);
        }
        return chain;
    }

    private static <T> T find(List<Throwable> chain, Class<T> type) {
        return chain.stream().filter(type::isInstance).map(type::cast).findFirst().orElse(null);
    }

    private static boolean hasClass(List<Throwable> chain, String className) {
        return chain.stream().anyMatch(t -> t.getClass().getName().equals(className));
    }

    private static String rootMessage(Throwable failure) {
        List<Throwable> chain = chain(failure);
        for (int i = chain.size() - 1; i >= 0; i--) {
            if (chain.get(i).getMessage() != null) {
                return chain.get(i).getMessage();
            }
        }
        return failure.getClass().getSimpleName();
    }

    private static String oneLine(String text) {
        return text == null ? "" : text.replaceAll("\\s*\\R\\s*", " ").strip().replaceAll("[。.]$", "");
    }
}
