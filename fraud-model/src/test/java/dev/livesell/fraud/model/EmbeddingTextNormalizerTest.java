package dev.livesell.fraud.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class EmbeddingTextNormalizerTest {
    private final EmbeddingTextNormalizer n = new EmbeddingTextNormalizer();

    @Test
    void disguisedCopyNormalizesLikePlainCopy() {
        assertEquals(n.apply("全网最佳"), n.apply("全網最·佳"));
        assertEquals(n.apply("全网最佳"), n.apply("全网最 佳"));
        assertEquals(n.apply("全网最佳"), n.apply("全网最\u200B佳"));
        assertEquals(n.apply("降血糖no.1"), n.apply("降血糖ＮＯ．１"));
        assertEquals("吃完血糖就稳了", n.apply("吃完血糖就穩了"));
    }

    @Test
    void keepsClausePunctuation() {
        assertEquals("家人们,晚上好", n.apply("家人们，晚上好"));
    }
}
