package dev.livesell.examples.script;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.livesell.core.InMemoryCatalog;
import dev.livesell.examples.LivesellCli;
import dev.livesell.fraud.FalseAdDetector;
import dev.livesell.fraud.Stage;
import dev.livesell.script.llm.LlmRequest;
import dev.livesell.script.llm.replay.ReplayChatModel;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The fault-injection eval of the LLM path on the shipped recorded replies: no labelled fault may reach a script, and
 * the gate's work is what the file implies. And the eval can fail: a fault the file does not label is caught.
 */
class ReplayEvalTest {
    /** surefire runs in the module directory; a missing file fails the test instead of skipping it. */
    private static final Path SHIPPED = Path.of(System.getProperty("basedir", ".")).resolve("src/main/resources/sample/llm-replies.jsonl");
    private static final FalseAdDetector DETECTOR = FalseAdDetector.builder().build();

    private static String shipped() throws Exception {
        assertTrue(Files.isRegularFile(SHIPPED), "shipped replies not found at " + SHIPPED.toAbsolutePath());
        return Files.readString(SHIPPED, StandardCharsets.UTF_8);
    }

    private static ReplayEval.Figures run(String replies, FalseAdDetector gate) {
        return run(replies, gate, new StringWriter());
    }

    private static ReplayEval.Figures run(String replies, FalseAdDetector gate, StringWriter out) {
        InMemoryCatalog catalog = CatalogOption.load(null);
        ReplayEval.Figures f = ReplayEval.run(catalog, ReplayChatModel.read(new StringReader(replies), "replies.jsonl"), gate, DETECTOR, 10, 1,
                null, new PrintWriter(out));
        out.flush();
        return f;
    }

    @Test
    void noLabelledFaultOfTheShippedRepliesReachesAScript() throws Exception {
        String text = shipped();
        ReplayChatModel file = ReplayChatModel.read(new StringReader(text), "llm-replies.jsonl");
        long regenerationReplies = file.replies().stream().filter(r -> r.request().kind() == LlmRequest.Kind.REGENERATE).count();
        long labelled = file.replies().stream().mapToLong(r -> r.faults().size()).sum();

        ReplayEval.Figures f = run(text, DETECTOR);
        assertEquals(0, f.faultsReached, f.faultOutcomes.toString());
        assertEquals(labelled, f.faultsInjected);
        assertEquals(44, f.faultsInjected);
        assertEquals(f.tally.lines, f.tally.grounded, "every line grounded");
        assertEquals(0, f.tally.violations);
        // every recorded reply was asked for, and nothing else: each line the gate sent back has its reply in the file
        assertEquals(0, f.unrecordedRequests);
        assertEquals(0, f.unusedReplies);
        assertEquals(regenerationReplies, f.regenerationRequests);
        assertEquals(30, f.regenerationRequests);
        assertEquals(2, f.scriptRetries, "p-1062 (truncated JSON) and p-1083 (empty reply)");
        assertEquals(1, f.failed, "p-1083: an empty reply, then a refusal: a typed failure");
        assertEquals(17, f.scripts);
        assertEquals(2, f.notices, "p-1039 and p-1044 said no notice");
        // the fallbacks the file implies: a line that is the segment's only one, written again with the same fault
        assertEquals(List.of("p-1077/pain_point", "p-1018/lineup_preview"), f.fallbackSegments);
        assertEquals(2, f.tally.fallbacks);
        // no clean line is rejected: the two false positives this eval found (最怕, 外套全棉) were fixed in the detector
        assertEquals(List.of(), f.unlabelled);
        assertEquals(273, f.tally.lines);
    }

    @Test
    void theCommandPrintsTheFiguresAndEndsWithTheMetricsLine() throws Exception {
        shipped();
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = LivesellCli.commandLine(new PrintWriter(out), new PrintWriter(err))
                .execute("script", "eval", "--replies", SHIPPED.toString());
        assertEquals(0, code, err.toString());
        String[] lines = out.toString().strip().split("\n");
        assertEquals("faults_injected=44 faults_reached_output=0 grounded=1.0000 violations=0 regenerations=30 fallback=0.0089 scripts=17",
                lines[lines.length - 1]);
        assertTrue(lines[lines.length - 2].matches("lines=273 segments=224 script_requests=19 script_retries=2 regeneration_requests=30 "
                + "regenerated=26 gate_rewritten=1 gate_dropped=3 shape_dropped=3 notices_added=2 fallback_lines=2 facts_excluded=0 "
                + "unlabelled_rejections=0 unrecorded_requests=0 unused_replies=0 failed_scripts=1 time_s=\\d+\\.\\d"), lines[lines.length - 2]);

        StringWriter err2 = new StringWriter();
        int refused = LivesellCli.commandLine(new PrintWriter(new StringWriter()), new PrintWriter(err2))
                .execute("script", "eval", "--replies", SHIPPED.toString(), "--lang", "en");
        assertEquals(2, refused);
        assertTrue(err2.toString().startsWith("error: --lang: is not used with --replies"), err2.toString());
    }

    /** A fault the file forgot to label: the gate stops it, and the eval counts the rejection as unlabelled. */
    @Test
    void anUnlabelledFaultStoppedByTheGateIsCounted() throws Exception {
        String text = shipped();
        String clean = "\"这款就讲到这里。\"";
        String slipped = "这款就讲到这里，全网最低价！";
        assertEquals(1, text.split(clean, -1).length - 1, "the clean line occurs once");
        ReplayEval.Figures f = run(text.replace(clean, "\"" + slipped + "\""), DETECTOR);
        assertEquals(1, f.unlabelledRejections, "the shipped-file test expects 0: this one would fail it");
        assertTrue(f.unlabelled.contains(slipped), f.unlabelled.toString());
        assertEquals(1, f.unrecordedRequests, "and the file has no reply for the regeneration the gate asks for");
    }

    /** A gate that lets faults through (no lexicon rules): the eval's own checks find them, labelled or not. */
    @Test
    void faultsThatSlipThroughAWeakGateAreFound() throws Exception {
        FalseAdDetector factsOnly = FalseAdDetector.builder().stages(EnumSet.of(Stage.FACTS)).build();
        StringWriter out = new StringWriter();
        ReplayEval.Figures f = run(shipped().replace("\"这款就讲到这里。\"", "\"这款就讲到这里，全网最低价！\""), factsOnly, out);
        assertTrue(f.faultsReached > 0, "labelled faults reach the scripts: " + f.faultOutcomes);
        assertTrue(out.toString().contains("violation p-1001: 这款就讲到这里，全网最低价！"),
                "the unlabelled one is found by the eval's independent detector: " + out);
        assertTrue(f.tally.violations > 0);
    }
}
