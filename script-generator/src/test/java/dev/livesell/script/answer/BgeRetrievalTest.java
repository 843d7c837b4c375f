package dev.livesell.script.answer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.livesell.script.TestCatalog;
import org.junit.jupiter.api.Test;

/** The default in-process bge-small-zh-v1.5 model retrieves facts by meaning (loads the model once, ~1 s). */
class BgeRetrievalTest {
    @Test
    void defaultModelLoadsLazilyAndFindsTheFactByMeaning() {
        CommentResponder r = CommentResponder.builder().detector(TestCatalog.DETECTOR).build();
        CommentAnswer a = r.answer("是哪里生产的？", TestCatalog.product("t-200"), TestCatalog.offer("t-200"));
        assertEquals(CommentIntent.PRODUCT_INFO, a.intent());
        assertTrue(a.answer().contains("广东"), a.answer());
        assertEquals(512, r.embeddingModel().dimension());
        CommentAnswer none = r.answer("有没有小样试用？", TestCatalog.product("t-200"), TestCatalog.offer("t-200"));
        assertTrue(none.followUp(), none.answer());
        assertFalse(none.answer().contains("棉"), none.answer());
    }
}
