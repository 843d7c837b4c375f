package dev.livesell.script.llm.replay;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.langchain4j.data.message.SystemMessage;
import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.livesell.core.DataFormatException;
import dev.livesell.core.ProductId;
import dev.livesell.script.LineSource;
import dev.livesell.script.LiveScript;
import dev.livesell.script.ScriptGenerationException;
import dev.livesell.script.ScriptLine;
import dev.livesell.script.ScriptRequest;
import dev.livesell.script.SegmentType;
import dev.livesell.script.TestCatalog;
import dev.livesell.script.gate.GateAction;
import dev.livesell.script.llm.LlmRequest;
import dev.livesell.script.llm.LlmScriptGenerator;
import dev.livesell.script.render.ScriptFormat;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class ReplayChatModelTest {
    private static final String SCRIPT = "{\"kind\":\"script\",\"product\":\"t-100\",\"reply\":{\"segments\":["
            + "{\"product\":\"\",\"type\":\"greeting\",\"lines\":[\"全场最低价，闭眼入！\"]},"
            + "{\"product\":\"t-100\",\"type\":\"hook\",\"lines\":[\"来看这款晴川清透防晒乳。\"]},"
            + "{\"product\":\"t-100\",\"type\":\"price_offer\",\"lines\":[\"今天只要9.9元！\"]}]},"
            + "\"faults\":[{\"fault\":\"absolute_term\",\"line\":\"全场最低价，闭眼入！\",\"evidence\":\"最低价\"},"
            + "{\"fault\":\"invented_price\",\"line\":\"今天只要9.9元！\",\"evidence\":\"9.9元\"}]}";
    private static final String GREETING = "{\"kind\":\"regenerate\",\"product\":\"t-100\",\"segment\":\"greeting\","
            + "\"rejected\":\"全场最低价，闭眼入！\",\"reply\":{\"line\":\"欢迎来到直播间！\"}}";
    private static final String PRICE = "{\"kind\":\"regenerate\",\"product\":\"t-100\",\"segment\":\"price_offer\","
            + "\"rejected\":\"今天只要9.9元！\",\"reply\":{\"line\":\"今天直播间99元。\"},\"note\":\"the fix\"}";

    private static ReplayChatModel replay(String... lines) {
        return ReplayChatModel.read(new StringReader(String.join("\n", lines)), "test.jsonl");
    }

    private static ScriptRequest request() {
        return ScriptRequest.builder().add(TestCatalog.CATALOG, ProductId.of("t-100")).minutes(10).seed(1).build();
    }

    private static LlmScriptGenerator generator(ReplayChatModel model) {
        return LlmScriptGenerator.builder(model).detector(TestCatalog.DETECTOR).build();
    }

    private static List<String> modelLines(LiveScript s) {
        return s.lines().filter(l -> l.source() != LineSource.TEMPLATE).map(ScriptLine::text).toList();
    }

    @Test
    void answersEachRequestByWhatItAsksNotByWhenItComes() {
        LiveScript forward = generator(replay(SCRIPT, GREETING, PRICE)).generate(request());
        LiveScript reversed = generator(replay(PRICE, GREETING, SCRIPT)).generate(request());
        assertEquals(List.of("欢迎来到直播间！", "来看这款晴川清透防晒乳。", "今天直播间99元。"), modelLines(forward));
        assertEquals(ScriptFormat.JSON.render(forward), ScriptFormat.JSON.render(reversed));
        assertEquals(2, forward.audit().count(GateAction.REGENERATED));
    }

    @Test
    void aRequestWithNoRecordedReplyIsATypedFailureNamingItsKey() {
        LiveScript s = generator(replay(SCRIPT, GREETING)).generate(request());
        String why = s.audit().entries().stream().filter(e -> e.original().equals("今天只要9.9元！")).findFirst().orElseThrow()
                .reasons().toString();
        assertTrue(why.contains("regeneration failed: replay: no recorded reply for regenerate t-100 price_offer \"今天只要9.9元！\" attempt 1"), why);

        ScriptGenerationException e = assertThrows(ScriptGenerationException.class, () -> generator(replay(GREETING)).generate(request()));
        assertFalse(e.isRetriable());
        assertTrue(e.getMessage().contains("no recorded reply for script t-100 attempt 1"), e.getMessage());
    }

    @Test
    void readsTheKeyBackFromTheGeneratorsOwnRequests() {
        List<ChatRequest> seen = Collections.synchronizedList(new ArrayList<>());
        ReplayChatModel replay = replay(SCRIPT, GREETING, PRICE);
        dev.langchain4j.model.chat.ChatModel recording = new dev.langchain4j.model.chat.ChatModel() {
            @Override
            public dev.langchain4j.model.chat.response.ChatResponse doChat(ChatRequest r) {
                seen.add(r);
                return replay.doChat(r);
            }
        };
        LlmScriptGenerator.builder(recording).detector(TestCatalog.DETECTOR).build().generate(request());
        List<LlmRequest> keys = seen.stream().map(r -> LlmRequest.of(r).orElseThrow()).toList();
        List<ProductId> t100 = List.of(ProductId.of("t-100"));
        assertEquals(List.of(LlmRequest.script(t100, 1),
                LlmRequest.regeneration(t100, SegmentType.GREETING, "全场最低价，闭眼入！", 1),
                LlmRequest.regeneration(t100, SegmentType.PRICE_OFFER, "今天只要9.9元！", 1)), keys);
        assertEquals(Optional.empty(), LlmRequest.of(ChatRequest.builder()
                .messages(SystemMessage.from("hi"), UserMessage.from("write a poem")).build()), "not a request of the generator");
    }

    @Test
    void theFileKeepsItsLabelsAndNotes() {
        ReplayChatModel r = replay("// a comment", SCRIPT, "", PRICE);
        assertEquals(2, r.replies().size());
        RecordedReply script = r.replies().get(0);
        assertEquals(List.of(FaultKind.ABSOLUTE_TERM, FaultKind.INVENTED_PRICE), script.faults().stream().map(InjectedFault::kind).toList());
        assertEquals(Optional.of("最低价"), script.faults().get(0).evidence());
        assertEquals("test.jsonl:2", script.source());
        assertEquals("the fix", r.replies().get(1).note());
        assertTrue(script.reply().startsWith("{\"segments\":["), script.reply());
    }

    @Test
    void repliesBuiltInCodeReplayLikeAFile() {
        List<ProductId> t100 = List.of(ProductId.of("t-100"));
        RecordedReply script = RecordedReply.of(LlmRequest.script(t100, 1), replay(SCRIPT).replies().get(0).reply())
                .withFaults(List.of(InjectedFault.inLine(FaultKind.ABSOLUTE_TERM, "全场最低价，闭眼入！", "最低价"))).withNote("in code");
        ReplayChatModel inCode = ReplayChatModel.of(List.of(script,
                RecordedReply.of(LlmRequest.regeneration(t100, SegmentType.GREETING, "全场最低价，闭眼入！", 1), "{\"line\":\"欢迎来到直播间！\"}"),
                RecordedReply.of(LlmRequest.regeneration(t100, SegmentType.PRICE_OFFER, "今天只要9.9元！", 1), "{\"line\":\"今天直播间99元。\"}")));
        assertEquals(ScriptFormat.JSON.render(generator(replay(SCRIPT, GREETING, PRICE)).generate(request())),
                ScriptFormat.JSON.render(generator(inCode).generate(request())));
        assertEquals("in code", inCode.replies().get(0).note());
        assertThrows(dev.livesell.core.InvalidValueException.class, () -> ReplayChatModel.of(List.of(script, script)));
    }

    @Test
    void badFilesFailWithTheLineAndTheField() {
        assertBad("test.jsonl:1: colour: unknown field", "{\"kind\":\"script\",\"product\":\"t-100\",\"reply\":\"\",\"colour\":1}");
        assertBad("test.jsonl:1: kind: must be script or regenerate", "{\"kind\":\"poem\",\"product\":\"t-100\",\"reply\":\"\"}");
        assertBad("test.jsonl:1: fault: unknown fault kind (was invented_prize)",
                "{\"kind\":\"script\",\"product\":\"t-100\",\"reply\":\"x\",\"faults\":[{\"fault\":\"invented_prize\"}]}");
        assertBad("test.jsonl:1: faults.line: is not in the reply",
                "{\"kind\":\"script\",\"product\":\"t-100\",\"reply\":\"x\",\"faults\":[{\"fault\":\"guarantee\",\"line\":\"保证有效\"}]}");
        assertBad("test.jsonl:1: segment: is required", "{\"kind\":\"regenerate\",\"product\":\"t-100\",\"rejected\":\"x\",\"reply\":\"\"}");
        assertBad("test.jsonl:1: reply: is required", "{\"kind\":\"script\",\"product\":\"t-100\"}");
        assertBad("test.jsonl:2: a second reply for script t-100 attempt 1 (the first is at line 1)", SCRIPT, SCRIPT);
        assertBad("test.jsonl:1: malformed JSON", "{\"kind\":");
    }

    private static void assertBad(String expected, String... lines) {
        DataFormatException e = assertThrows(DataFormatException.class, () -> replay(lines));
        assertTrue(e.getMessage().startsWith(expected), e.getMessage());
    }

    @Test
    void oneReplayServesConcurrentGeneratorsWithTheSameScripts() throws Exception {
        ReplayChatModel replay = replay(SCRIPT, GREETING, PRICE);
        String expected = ScriptFormat.JSON.render(generator(replay).generate(request()));
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<String>> runs = new ArrayList<>();
            for (int i = 0; i < 16; i++) {
                runs.add(pool.submit(() -> ScriptFormat.JSON.render(generator(replay).generate(request()))));
            }
            for (Future<String> f : runs) {
                assertEquals(expected, f.get());
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aSecondAttemptAnswersTheRequestAfterAnUnusableReply() {
        String empty = "{\"kind\":\"script\",\"product\":\"t-100\",\"reply\":\"\",\"faults\":[{\"fault\":\"empty_reply\"}]}";
        String second = SCRIPT.replace("\"product\":\"t-100\",\"reply\"", "\"product\":\"t-100\",\"attempt\":2,\"reply\"");
        LiveScript s = generator(replay(empty, second, GREETING, PRICE)).generate(request());
        assertEquals(List.of("欢迎来到直播间！", "来看这款晴川清透防晒乳。", "今天直播间99元。"), modelLines(s),
                "regenerations start their own conversations: attempt 1");
    }
}
