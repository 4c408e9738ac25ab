package org.parindex.app.cli;

import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import org.parindex.core.problem.BadInputException;
import org.parindex.core.problem.Problem;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The one entry point of the jar. Only {@code serve} starts Spring; the other commands call the core directly,
 * so that they start and finish fast. Exit status: 0 done, 2 bad input, 1 a fault.
 */
@Command(name = "parindex", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = {"ParIndex: the administrative-reform index (Chỉ số CCHC) of local government units.",
                "Without a command, starts the web application (same as `parindex serve`)."},
        subcommands = {ServeCommand.class, DemoCommand.class, CheckCommand.class, ScoreCommand.class,
                ReportCommand.class, ExplainCommand.class, TargetsCommand.class, WhatIfCommand.class,
                ForecastCommand.class, IndicatorsCommand.class, VerifyCommand.class, ExportXlsxCommand.class,
                ImportXlsxCommand.class, PdfCommand.class, CommandLine.HelpCommand.class},
        footer = {"", "Exit status: 0 done, 2 bad input (nothing written; every problem as file:line: message), 1 a fault."})
public class ParIndexCommand implements Runnable {

    public static final int BAD_INPUT = 2;
    public static final int FAULT = 1;

    public static void main(String[] args) {
        if (args.length == 0 || args[0].startsWith("--") && !isOwnOption(args[0])) {
            String[] serve = new String[args.length + 1];
            serve[0] = "serve";
            System.arraycopy(args, 0, serve, 1, args.length);
            args = serve;
        }
        CommandLine cli = commandLine();
        // UTF-8 whatever the locale, so that `score --format csv` writes the same bytes as the open data
        cli.setOut(new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true));
        cli.setErr(new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true));
        int status = cli.execute(args);
        if (status != 0 || !isServe(args)) {
            System.exit(status);
        }
    }

    public static CommandLine commandLine() {
        CommandLine cli = new CommandLine(new ParIndexCommand());
        cli.setExecutionExceptionHandler(ParIndexCommand::handle);
        return cli;
    }

    @Override
    public void run() {
        ServeCommand.serve(new String[0]);
    }

    private static int handle(Exception e, CommandLine cli, CommandLine.ParseResult parsed) {
        PrintWriter err = cli.getErr();
        if (e instanceof BadInputException bad) {
            for (Problem p : bad.problems()) {
                err.println(p);
            }
            err.println(bad.problems().size() == 1 ? "1 problem; nothing was written."
                    : bad.problems().size() + " problems; nothing was written.");
            err.flush();
            return BAD_INPUT;
        }
        err.println("parindex: " + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()));
        if (System.getenv("PARINDEX_DEBUG") != null) {
            e.printStackTrace(err);
        }
        err.flush();
        return FAULT;
    }

    private static boolean isOwnOption(String arg) {
        return arg.equals("--help") || arg.equals("--version");
    }

    private static boolean isServe(String[] args) {
        return args.length > 0 && args[0].equals("serve");
    }
}
