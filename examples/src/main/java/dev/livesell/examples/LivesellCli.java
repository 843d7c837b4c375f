package dev.livesell.examples;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code livesell} command line. Each capability registers its commands in {@code subcommands}.
 * {@link #run(String...)} runs a command in-process and returns its exit code (tests use it).
 */
@Command(name = "livesell",
        mixinStandardHelpOptions = true,
        version = "livesell 0.1.0-SNAPSHOT",
        description = "AI-assisted live-stream selling: recommendations, false-advertising checks, grounded scripts.",
        subcommands = {
                CommandLine.HelpCommand.class,
                dev.livesell.examples.demo.DemoCommand.class,
                dev.livesell.examples.recommend.RecommendCommand.class,
                dev.livesell.examples.fraud.model.FraudCommand.class,
                dev.livesell.examples.fraud.CheckCommand.class,
                dev.livesell.examples.sample.SampleCommand.class,
                dev.livesell.examples.live.AskCommand.class,
                dev.livesell.examples.script.ScriptCommand.class,
                dev.livesell.examples.script.AnswerCommand.class,
        })
public final class LivesellCli implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** Builds the command line writing to the given streams. */
    public static CommandLine commandLine(PrintWriter out, PrintWriter err) {
        CommandLine cl = new CommandLine(new LivesellCli());
        cl.setOut(out);
        cl.setErr(err);
        cl.setCaseInsensitiveEnumValuesAllowed(true);
        cl.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
            commandLine.getErr().println("error: " + ex.getMessage());
            commandLine.getErr().flush();
            return ex instanceof dev.livesell.core.LivesellException ? 2 : 1;
        });
        return cl;
    }

    /** Runs a command with stdout/stderr and returns the exit code. */
    public static int run(String... args) {
        PrintWriter out = new PrintWriter(new java.io.OutputStreamWriter(System.out, StandardCharsets.UTF_8), true);
        PrintWriter err = new PrintWriter(new java.io.OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
        return commandLine(out, err).execute(args);
    }

    public static void main(String[] args) {
        System.exit(run(args));
    }
}
