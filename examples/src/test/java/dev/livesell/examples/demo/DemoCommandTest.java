package dev.livesell.examples.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.livesell.examples.LivesellCli;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class DemoCommandTest {
    @Test
    void demoRunsInProcessAndPrintsEverySection() {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = LivesellCli.commandLine(new PrintWriter(out), new PrintWriter(err)).execute("demo");
        assertEquals(0, code, err.toString());
        String text = out.toString();
        for (DemoSection s : DemoCommand.sections()) {
            assertTrue(text.contains("== " + s.title() + " "), "missing section " + s.title() + " in:\n" + text);
        }
        assertTrue(text.contains("catalog: "), text);
    }

    @Test
    void everyCommandHasHelp() {
        CommandLine root = LivesellCli.commandLine(new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()));
        assertHelp(root, List.of());
    }

    private static void assertHelp(CommandLine cl, List<String> path) {
        for (Map.Entry<String, CommandLine> e : cl.getSubcommands().entrySet()) {
            if (e.getKey().equals("help")) {
                continue;
            }
            List<String> args = new ArrayList<>(path);
            args.add(e.getKey());
            StringWriter out = new StringWriter();
            List<String> withHelp = new ArrayList<>(args);
            withHelp.add("--help");
            int code = LivesellCli.commandLine(new PrintWriter(out), new PrintWriter(new StringWriter())).execute(withHelp.toArray(String[]::new));
            assertEquals(0, code, "--help failed for " + args);
            assertTrue(out.toString().contains("Usage: livesell " + String.join(" ", args)), out.toString());
            assertHelp(e.getValue(), args);
        }
    }
}
