package dev.livesell.script.answer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.livesell.core.InvalidValueException;
import dev.livesell.core.Offer;
import dev.livesell.core.Product;
import dev.livesell.fraud.Claim;
import dev.livesell.script.FactKind;
import dev.livesell.script.TestCatalog;
import java.util.List;
import org.junit.jupiter.api.Test;

class CommentResponderTest {
    private final HashingEmbeddingModel embeddings = new HashingEmbeddingModel();
    private final CommentResponder responder = CommentResponder.builder().embeddingModel(embeddings)
            .detector(TestCatalog.DETECTOR).minSimilarity(0.5).build();
    private final Product sunscreen = TestCatalog.product("t-100");
    private final Offer sunscreenOffer = TestCatalog.offer("t-100");

    @Test
    void priceQuestionsAreAnsweredFromTheOffer() {
        CommentAnswer a = responder.answer("99是到手价吗？", sunscreen, sunscreenOffer);
        assertEquals(CommentIntent.PRICE, a.intent());
        assertTrue(a.answer().contains("99元") && a.answer().contains("日常价129元") && a.answer().contains("89元"), a.answer());
        assertTrue(a.sources().stream().anyMatch(f -> f.kind() == FactKind.BEST_PRICE));
        assertEquals(0, embeddings.texts.get(), "offer questions need no embeddings");
    }

    @Test
    void sensitiveSkinQuestionStatesTheFactAndACautionNeverASuitabilityClaim() {
        CommentAnswer a = responder.answer("这个适合敏感肌吗", sunscreen, sunscreenOffer);
        assertEquals(CommentIntent.USAGE, a.intent());
        assertFalse(a.answer().contains("敏感肌可用") || a.answer().contains("适合敏感肌"), a.answer());
        assertTrue(a.answer().contains("试用"), a.answer());
    }

    @Test
    void attributeNamedInTheCommentIsAnswered() {
        CommentAnswer a = responder.answer("保质期多久", sunscreen, sunscreenOffer);
        assertTrue(a.answer().contains("3年"), a.answer());
        assertEquals("保质期", a.sources().get(0).key());
        assertFalse(a.followUp());
    }

    @Test
    void unknownFactsGetAnHonestLetMeCheck() {
        CommentAnswer a = responder.answer("什么时候发货？", sunscreen, sunscreenOffer);
        assertEquals(CommentIntent.SHIPPING, a.intent());
        assertTrue(a.followUp());
        assertTrue(a.answer().contains("确认"), a.answer());
        assertTrue(a.sources().isEmpty());
    }

    @Test
    void medicalQuestionsGetASafeAnswerWithoutHealthClaims() {
        CommentAnswer a = responder.answer("我有湿疹，用这个能治好吗", sunscreen, sunscreenOffer);
        assertEquals(CommentIntent.MEDICAL, a.intent());
        assertTrue(a.answer().contains("不是药品") && a.answer().contains("医生"), a.answer());
        assertFalse(TestCatalog.DETECTOR.check(Claim.about(a.answer(), sunscreen, sunscreenOffer)).isViolation(), a.answer());

        Product protein = TestCatalog.product("t-500");
        CommentAnswer hf = responder.answer("能降血糖吗", protein, TestCatalog.offer("t-500"));
        assertTrue(hf.answer().contains("增强免疫力") && hf.answer().contains("不能代替药物"), hf.answer());
        assertFalse(hf.answer().contains("降血糖"), hf.answer());
    }

    @Test
    void everyAnswerPassesTheGate() {
        for (String q : List.of("多少钱", "有货吗", "材质是什么", "能治病吗", "和别家比哪个好", "骗子", "主播好", "退货怎么办", "Is it waterproof?")) {
            for (String id : List.of("t-100", "t-200", "t-300", "t-500")) {
                CommentAnswer a = responder.answer(q, TestCatalog.product(id), TestCatalog.offer(id));
                assertFalse(TestCatalog.DETECTOR.check(Claim.about(a.answer(), TestCatalog.product(id), TestCatalog.offer(id))).isViolation(),
                        q + " / " + id + ": " + a.answer());
            }
        }
    }

    @Test
    void factEmbeddingsAreComputedOncePerProduct() {
        responder.prepare(sunscreen, sunscreenOffer);
        int afterPrepare = embeddings.texts.get();
        assertTrue(afterPrepare > 0);
        responder.answer("上脸会油吗？", sunscreen, sunscreenOffer);
        responder.answer("防水吗？", sunscreen, sunscreenOffer);
        assertEquals(afterPrepare + 2, embeddings.texts.get(), "only the two comments are embedded");
    }

    @Test
    void englishCommentsGetEnglishAnswers() {
        CommentAnswer a = responder.answer("How much is it?", sunscreen, sunscreenOffer);
        assertTrue(a.answer().startsWith("The price in the stream is 99 yuan"), a.answer());
    }

    @Test
    void blankCommentIsRejected() {
        InvalidValueException e = assertThrows(InvalidValueException.class, () -> responder.answer(" ", sunscreen, sunscreenOffer));
        assertEquals("comment", e.field());
    }
}
