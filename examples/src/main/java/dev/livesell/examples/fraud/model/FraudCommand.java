package dev.livesell.examples.fraud.model;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code livesell fraud ...}: the fraud model's commands (training). */
@Command(name = "fraud", mixinStandardHelpOptions = true,
        description = "False-advertising model: train the learned stage's head.",
        subcommands = {FraudTrainCommand.class})
public final class FraudCommand implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
