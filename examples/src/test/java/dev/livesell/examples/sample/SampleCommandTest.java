package dev.livesell.examples.sample;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.livesell.core.Interaction;
import dev.livesell.core.Viewer;
import dev.livesell.core.io.LivesellJson;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code livesell sample generate} writes what the generator produces for the given settings. */
class SampleCommandTest {
    @Test
    void generateWritesViewersAndInteractionsOfTheSeed(@TempDir Path dir) {
        StringWriter out = new StringWriter();
        CommandLine cl = new CommandLine(new SampleCommand());
        cl.setOut(new PrintWriter(out));
        int code = cl.execute("generate", "--seed", "5", "--viewers", "30", "--days", "60", "--out", dir.toString());
        assertEquals(0, code);
        List<Viewer> viewers = LivesellJson.readJsonLines(dir.resolve("viewers.jsonl"), Viewer.class);
        List<Interaction> events = LivesellJson.readJsonLines(dir.resolve("interactions.jsonl"), Interaction.class);
        GeneratedSample expected = InteractionGenerator.builder().seed(5).viewers(30).days(60).build().generate();
        assertEquals(expected.viewers(), viewers);
        assertEquals(expected.interactions(), events);
        assertTrue(out.toString().contains("wrote 30 viewers and " + events.size() + " interactions"), out.toString());
    }

    @Test
    void generateRequiresAnOutputDirectory() {
        StringWriter err = new StringWriter();
        CommandLine cl = new CommandLine(new SampleCommand());
        cl.setErr(new PrintWriter(err));
        assertEquals(2, cl.execute("generate", "--seed", "5"));
        assertTrue(err.toString().contains("--out"), err.toString());
    }
}
