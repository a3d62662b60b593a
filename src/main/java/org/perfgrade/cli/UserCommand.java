package org.perfgrade.cli;

import java.io.BufferedReader;
import java.io.Console;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import org.perfgrade.reference.County;
import org.perfgrade.reference.ReferenceData;
import org.perfgrade.web.ConsoleRole;
import org.perfgrade.web.ConsoleUser;
import org.perfgrade.web.ConsoleUsers;

import org.springframework.context.ConfigurableApplicationContext;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code perfgrade user}: the users of the web console (市局、县区、省厅). There is no default account: every user is
 * added here, with a password typed at a prompt or read from standard input (never on the command line).
 */
@Command(name = "user",
        description = { "管理网页控制台（perfgrade serve）的用户和角色：city 市局、county 县区、province 省厅。",
                "没有默认账户和默认密码；密码在提示时输入，或用 --password-stdin 从标准输入读取。" },
        synopsisHeading = "%n用法：", descriptionHeading = "%n", optionListHeading = "%n选项：%n",
        commandListHeading = "%n命令：%n",
        subcommands = { UserCommand.Add.class, UserCommand.ListCommand.class })
class UserCommand implements Runnable {

    private final CliEnvironment environment;

    @Mixin
    HelpOptions help;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    UserCommand(CliEnvironment environment) {
        this.environment = environment;
    }

    @Override
    public void run() {
        spec.commandLine().usage(environment.out());
    }

    /** One user as {@code user list} prints it (never the hash). */
    record Row(String username, String role, String county, boolean locked, String createdAt) {
    }

    /** {@code user add}: a new console user. */
    @Command(name = "add",
            description = "新增控制台用户。密码至少 " + ConsoleUsers.MIN_PASSWORD_LENGTH + " 个字符，以 bcrypt 散列保存。",
            synopsisHeading = "%n用法：", descriptionHeading = "%n", optionListHeading = "%n选项：%n",
            parameterListHeading = "%n参数：%n",
            footer = { "%n退出码：0 已新增，3 用户名已存在、密码太短或县区不存在，2 用法错误。" })
    static class Add implements Callable<Integer> {

        private final CliEnvironment environment;

        @Mixin
        HelpOptions help;

        @Parameters(paramLabel = "NAME", description = "用户名（登录名）")
        String name;

        @Option(names = "--role", required = true, paramLabel = "ROLE", description = "角色：city 市局、county 县区、province 省厅")
        String role;

        @Option(names = "--county", paramLabel = "县区", description = "县区用户所属县区（名称或别名），仅用于 --role county")
        String county;

        @Option(names = "--password-stdin", description = "从标准输入读取密码（第一行），不提示")
        boolean passwordStdin;

        Add(CliEnvironment environment) {
            this.environment = environment;
        }

        @Override
        public Integer call() throws IOException {
            ConsoleRole consoleRole = ConsoleRole.of(role).orElse(null);
            if (consoleRole == null) {
                environment.err().println("用法错误：--role 须为 city、county 或 province：" + role);
                return ExitCodes.USAGE;
            }
            char[] password = passwordStdin ? readLine(System.in) : prompt();
            if (password == null) {
                environment.err().println("没有读到密码：没有终端时请用 --password-stdin 从标准输入提供密码。");
                return ExitCodes.USAGE;
            }
            try (ConfigurableApplicationContext context = environment.start(null)) {
                String countyCode = null;
                if (county != null) {
                    County c = context.getBean(ReferenceData.class).county(county.strip()).orElse(null);
                    if (c == null) {
                        environment.err().println("没有该县区：" + county + "（见 config/counties.yml）");
                        return ExitCodes.INPUT_REJECTED;
                    }
                    countyCode = c.code();
                }
                ConsoleUser user = context.getBean(ConsoleUsers.class).add(name, password, consoleRole, countyCode);
                environment.out().println("已新增用户 " + user.username() + "（" + user.role().title()
                        + (county == null ? "" : "，" + county.strip()) + "）");
                return ExitCodes.OK;
            }
            catch (IllegalArgumentException ex) {
                environment.err().println(ex.getMessage());
                return ExitCodes.INPUT_REJECTED;
            }
            finally {
                Arrays.fill(password, '\0');
            }
        }

        private static char[] prompt() {
            Console console = System.console();
            if (console == null) {
                return null;
            }
            char[] first = console.readPassword("密码（至少 %d 个字符）：", ConsoleUsers.MIN_PASSWORD_LENGTH);
            char[] again = console.readPassword("再次输入密码：");
            if (first == null || !Arrays.equals(first, again)) {
                console.printf("两次输入的密码不一致。%n");
                return null;
            }
            return first;
        }

        private static char[] readLine(InputStream in) throws IOException {
            String line = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).readLine();
            return line == null ? null : line.toCharArray();
        }
    }

    /** {@code user list}: every console user with role, county and lock. */
    @Command(name = "list", description = "列出控制台用户（用户名、角色、县区、是否锁定）。",
            synopsisHeading = "%n用法：", descriptionHeading = "%n", optionListHeading = "%n选项：%n")
    static class ListCommand implements Callable<Integer> {

        private final CliEnvironment environment;

        @Mixin
        HelpOptions help;

        @Option(names = "--json", description = "以一个 JSON 对象输出结果（便于脚本处理）")
        boolean json;

        ListCommand(CliEnvironment environment) {
            this.environment = environment;
        }

        @Override
        public Integer call() {
            try (ConfigurableApplicationContext context = environment.start(null)) {
                ConsoleUsers users = context.getBean(ConsoleUsers.class);
                Map<String, County> counties = context.getBean(ReferenceData.class).countiesByCode();
                java.time.LocalDateTime now = java.time.LocalDateTime.now(context.getBean(java.time.Clock.class));
                List<Row> rows = users.list().stream().map(u -> new Row(u.username(), u.role().title(),
                        u.countyCode() == null ? null : counties.containsKey(u.countyCode())
                                ? counties.get(u.countyCode()).name() : u.countyCode(),
                        u.lockedAt(now), u.createdAt().toString())).toList();
                List<String> lines = rows.isEmpty() ? List.of("尚无用户：用 perfgrade user add 新增。")
                        : rows.stream().map(r -> r.username() + "  " + r.role()
                                + (r.county() == null ? "" : "  " + r.county()) + (r.locked() ? "  已锁定" : ""))
                        .toList();
                CommandOutput.print(environment.out(), json, Map.of("users", rows), lines);
                return ExitCodes.OK;
            }
        }
    }
}
