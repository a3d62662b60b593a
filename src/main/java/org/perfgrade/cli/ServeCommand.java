package org.perfgrade.cli;

import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;

import org.perfgrade.web.ConsoleUsers;

import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.event.ContextClosedEvent;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code perfgrade serve}: the web console for the city bureau, the counties and the province — sign-in, the day's
 * per-county table, the latest briefing and the document archive. Runs until stopped (Ctrl+C).
 */
@Command(name = "serve",
        description = { "启动网页控制台（市局、县区、省厅）：登录后查看各县区完成情况、下载每日简报和归档文档，"
                + "市局可启动作业并查看进度。", "用户用 perfgrade user add 新增；按 Ctrl+C 停止。" },
        synopsisHeading = "%n用法：", descriptionHeading = "%n", optionListHeading = "%n选项：%n")
class ServeCommand implements Callable<Integer> {

    private final CliEnvironment environment;

    @Mixin
    HelpOptions help;

    @Option(names = "--port", paramLabel = "PORT", defaultValue = "8080", description = "监听端口，默认 8080")
    int port;

    ServeCommand(CliEnvironment environment) {
        this.environment = environment;
    }

    @Override
    public Integer call() throws InterruptedException {
        if (port < 1 || port > 65535) {
            environment.err().println("用法错误：--port 须在 1～65535 之间：" + port);
            return ExitCodes.USAGE;
        }
        CountDownLatch closed = new CountDownLatch(1);
        ConfigurableApplicationContext context = environment.startConsole(port);
        context.addApplicationListener(event -> {
            if (event instanceof ContextClosedEvent) {
                closed.countDown();
            }
        });
        if (context.getBean(ConsoleUsers.class).list().isEmpty()) {
            environment.err().println("提示：尚无控制台用户，请先运行 perfgrade user add NAME --role city 新增。");
        }
        environment.out().println("网页控制台已启动：http://localhost:" + port + "/ （按 Ctrl+C 停止）");
        context.registerShutdownHook();
        closed.await();
        return ExitCodes.OK;
    }
}
