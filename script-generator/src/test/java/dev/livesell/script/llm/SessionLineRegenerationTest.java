package dev.livesell.script.llm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.langchain4j.data.message.AiMessage;
import dev.langchain4j.exception.RateLimitException;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.livesell.core.ProductId;
import dev.livesell.core.io.LivesellJson;
import dev.livesell.script.LineSource;
import dev.livesell.script.LiveScript;
import dev.livesell.script.ScriptGenerationException;
import dev.livesell.script.ScriptLine;
import dev.livesell.script.ScriptRequest;
import dev.livesell.script.Segment;
import dev.livesell.script.SegmentType;
import dev.livesell.script.TestCatalog;
import dev.livesell.script.gate.AuditEntry;
import dev.livesell.script.gate.GateAction;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Warm-up and closing lines of the LLM path go through the same regeneration loop as product lines: a failing line
 * is sent back to the model (same budget, same conversation), a failed call costs only the line, and a segment the
 * model cannot fill gets the offline fallback line, recorded in the audit. Uses a scripted fake {@code ChatModel}.
 */
class SessionLineRegenerationTest {
    /** A script reply: each array is (product, type, line...). */
    private static String script(String[]... segments) {
        ObjectNode root = LivesellJson.mapper().createObjectNode();
        ArrayNode arr = root.putArray("segments");
        for (String[] s : segments) {
            ObjectNode seg = arr.addObject();
            seg.put("product", s[0]).put("type", s[1]);
            ArrayNode lines = seg.putArray("lines");
            for (int i = 2; i < s.length; i++) {
                lines.add(s[i]);
            }
        }
        return root.toString();
    }

    private static String line(String text) {
        return LivesellJson.mapper().createObjectNode().put("line", text).toString();
    }

    private static final String[] HOOK = {"t-100", "hook", "来看这款晴川清透防晒乳。"};
    /** An invented discount in the greeting: not rewritable (an ungrounded number), so only the model can fix it. */
    private static final String BAD_GREETING = "今晚全场1折，只有10分钟！";

    private static ScriptRequest request(String... ids) {
        ScriptRequest.Builder b = ScriptRequest.builder().minutes(10).seed(1);
        for (String id : ids) {
            b.add(TestCatalog.CATALOG, ProductId.of(id));
        }
        return b.build();
    }

    private static LlmScriptGenerator generator(ScriptedChatModel model, int regenerations) {
        return LlmScriptGenerator.builder(model).detector(TestCatalog.DETECTOR).maxRegenerations(regenerations).build();
    }

    private static Segment segment(LiveScript s, SegmentType type) {
        return s.blocks().stream().flatMap(b -> b.segments().stream()).filter(g -> g.type() == type).findFirst().orElseThrow();
    }

    private static AuditEntry entryFor(LiveScript s, String original) {
        return s.audit().entries().stream().filter(e -> e.original().equals(original)).findFirst()
                .orElseThrow(() -> new AssertionError("no audit entry for " + original + ": " + s.audit().entries()));
    }

    @Test
    void aBadWarmUpLineIsRegeneratedOnceAndTheGoodReplyIsUsed() {
        ScriptedChatModel model = ScriptedChatModel.replying(
                script(new String[] {"", "greeting", BAD_GREETING}, HOOK),
                line("欢迎来到直播间，今天给大家带来晴川清透防晒乳！"));
        LiveScript s = generator(model, 1).generate(request("t-100"));

        List<ScriptLine> greeting = segment(s, SegmentType.GREETING).lines();
        assertEquals(List.of("欢迎来到直播间，今天给大家带来晴川清透防晒乳！"), greeting.stream().map(ScriptLine::text).toList());
        assertEquals(LineSource.MODEL_REGENERATED, greeting.get(0).source());
        AuditEntry e = entryFor(s, BAD_GREETING);
        assertEquals(GateAction.REGENERATED, e.action());
        assertEquals(Optional.of(SegmentType.GREETING), e.segment());
        assertTrue(e.reasons().get(0).contains("1折"), e.reasons().toString());
        assertFalse(s.audit().entries().stream().anyMatch(a -> a.action() == GateAction.FALLBACK
                && a.segment().equals(Optional.of(SegmentType.GREETING))), "the greeting needed no fallback");

        List<ChatRequest> requests = model.requests();
        assertEquals(2, requests.size(), "the script, then one regeneration");
        String regeneration = ScriptedChatModel.firstUserText(requests.get(1));
        assertTrue(regeneration.startsWith(ScriptPrompt.REWRITE) && regeneration.contains("segment greeting"), regeneration);
        assertTrue(regeneration.contains(BAD_GREETING) && regeneration.contains("1折"), "the rejected line and why: " + regeneration);
        assertTrue(regeneration.contains("\"t-100\""), "the facts of the request's products: " + regeneration);
    }

    @Test
    void aWarmUpRegenerationPromptCarriesEveryProductOfTheRequest() {
        ScriptedChatModel model = ScriptedChatModel.replying(
                script(new String[] {"", "lineup_preview", "今天两款都是全网最低价！"}, HOOK, new String[] {"t-200", "hook", "再来看木棉纯棉短袖T恤。"}),
                line("今天给大家带来晴川清透防晒乳和木棉纯棉短袖T恤。"));
        LiveScript s = generator(model, 1).generate(request("t-100", "t-200"));
        assertEquals(List.of("今天给大家带来晴川清透防晒乳和木棉纯棉短袖T恤。"),
                segment(s, SegmentType.LINEUP_PREVIEW).lines().stream().map(ScriptLine::text).toList());
        String regeneration = ScriptedChatModel.firstUserText(model.requests().get(1));
        assertTrue(regeneration.contains("\"t-100\"") && regeneration.contains("\"t-200\""), regeneration);
        assertEquals(GateAction.REGENERATED, entryFor(s, "今天两款都是全网最低价！").action(),
                "the model is asked before the detector's rewrite, as for product lines");
    }

    @Test
    void aClosingLineThatKeepsFailingGetsTheOfflineFallbackAndTheAuditSaysSo() {
        String badRecap = "晴川防晒乳今天只要9.9元，错过再等一年！";
        ScriptedChatModel model = ScriptedChatModel.replying(
                script(HOOK, new String[] {"", "recap", badRecap}),
                line("晴川防晒乳今天只要19元！"));
        LiveScript s = generator(model, 1).generate(request("t-100"));

        List<ScriptLine> recap = segment(s, SegmentType.RECAP).lines();
        assertEquals(1, recap.size());
        assertEquals(LineSource.TEMPLATE, recap.get(0).source(), "the offline fact-free line: " + recap);
        AuditEntry dropped = entryFor(s, badRecap);
        assertEquals(GateAction.DROPPED, dropped.action());
        assertTrue(dropped.reasons().stream().anyMatch(r -> r.startsWith("regeneration 1/1 rejected: \"晴川防晒乳今天只要19元！\"")),
                dropped.reasons().toString());
        assertTrue(s.audit().entries().stream().anyMatch(e -> e.action() == GateAction.FALLBACK
                && e.segment().equals(Optional.of(SegmentType.RECAP)) && e.result().equals(Optional.of(recap.get(0).text()))),
                s.audit().entries().toString());
        assertEquals(2, model.requests().size(), "one regeneration: the budget");
    }

    @Test
    void theRetryBudgetIsOneConversationPerLineAndEveryRequestCounts() {
        ScriptedChatModel model = ScriptedChatModel.replying(
                script(new String[] {"", "greeting", BAD_GREETING}, HOOK),
                "sure, here it is: 欢迎！",
                line("今晚全场2折！"),
                line("欢迎来到直播间！"));
        LiveScript s = generator(model, 3).generate(request("t-100"));
        assertEquals(List.of("欢迎来到直播间！"), segment(s, SegmentType.GREETING).lines().stream().map(ScriptLine::text).toList());
        AuditEntry e = entryFor(s, BAD_GREETING);
        assertEquals(GateAction.REGENERATED, e.action());
        assertTrue(e.reasons().contains("regeneration 1/3: no usable line"), e.reasons().toString());
        assertTrue(e.reasons().stream().anyMatch(r -> r.startsWith("regeneration 2/3 rejected: \"今晚全场2折！\"")), e.reasons().toString());

        List<ChatRequest> requests = model.requests();
        assertEquals(4, requests.size());
        ChatRequest third = requests.get(3);
        assertEquals(2, third.messages().stream().filter(m -> m instanceof AiMessage).count(),
                "the third regeneration request continues the conversation with both earlier replies");
        assertTrue(ScriptedChatModel.lastUserText(third).contains("2折"), ScriptedChatModel.lastUserText(third));
        assertTrue(ScriptedChatModel.lastUserText(requests.get(2)).contains("not usable"), ScriptedChatModel.lastUserText(requests.get(2)));
    }

    @Test
    void aProductLineWhoseFirstRegenerationStillFailsIsAskedAgainWithinTheBudget() {
        ScriptedChatModel model = ScriptedChatModel.replying(
                script(HOOK, new String[] {"t-100", "price_offer", "到手只要59元！"}),
                line("到手只要49元！"),
                line("今天直播间99元。"));
        LiveScript s = generator(model, 2).generate(request("t-100"));
        ScriptLine price = s.productBlocks().get(0).segment(SegmentType.PRICE_OFFER).orElseThrow().lines().get(0);
        assertEquals("今天直播间99元。", price.text());
        assertEquals(LineSource.MODEL_REGENERATED, price.source());
        assertEquals(3, model.requests().size());
    }

    @Test
    void aChatModelFailureWhileRegeneratingAWarmUpLineIsTypedAndCostsOnlyThatLine() {
        ScriptedChatModel model = ScriptedChatModel.replying(script(new String[] {"", "greeting", BAD_GREETING}, HOOK))
                .thenThrow(new IllegalStateException("provider client bug"));
        LiveScript s = generator(model, 2).generate(request("t-100"));
        AuditEntry dropped = entryFor(s, BAD_GREETING);
        assertEquals(GateAction.DROPPED, dropped.action());
        assertTrue(dropped.reasons().contains("regeneration failed: chat model failed: provider client bug"),
                "the gate saw a ScriptGenerationException, not the raw exception: " + dropped.reasons());
        assertEquals(2, model.requests().size(), "a failed call ends the attempts for the line");
        assertEquals(LineSource.TEMPLATE, segment(s, SegmentType.GREETING).lines().get(0).source());
        assertTrue(s.audit().entries().stream().anyMatch(e -> e.action() == GateAction.FALLBACK
                && e.segment().equals(Optional.of(SegmentType.GREETING))));

        ScriptedChatModel limited = ScriptedChatModel.replying(script(new String[] {"", "next_stream", "下次直播全场免单！"}, HOOK))
                .thenThrow(new RateLimitException("Rate limit reached"));
        LiveScript s2 = generator(limited, 1).generate(request("t-100"));
        assertTrue(entryFor(s2, "下次直播全场免单！").reasons().stream()
                .anyMatch(r -> r.startsWith("regeneration failed: chat model failed (retriable): ")), s2.audit().entries().toString());
    }

    @Test
    void chatModelExceptionsOnTheScriptRequestStayTyped() {
        RateLimitException limit = new RateLimitException("Rate limit reached");
        ScriptGenerationException retriable = assertThrows(ScriptGenerationException.class,
                () -> generator(new ScriptedChatModel().thenThrow(limit), 1).generate(request("t-100")));
        assertTrue(retriable.isRetriable());
        assertSame(limit, retriable.getCause());

        ScriptGenerationException bug = assertThrows(ScriptGenerationException.class,
                () -> generator(new ScriptedChatModel().thenThrow(new IllegalStateException("provider client bug")), 1).generate(request("t-100")));
        assertFalse(bug.isRetriable());
        assertInstanceOf(IllegalStateException.class, bug.getCause());
    }
}
