package dev.livesell.recommend.query;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.onnx.bgesmallzhv15q.BgeSmallZhV15QuantizedEmbeddingModel;
import dev.livesell.core.InvalidValueException;
import java.util.List;
import org.junit.jupiter.api.Test;

class BgeSmallZhEmbeddingModelTest {
    @Test
    void singleThreadedSessionGivesLangchain4jsVectors() {
        BgeSmallZhEmbeddingModel ours = BgeSmallZhEmbeddingModel.singleThreaded();
        BgeSmallZhV15QuantizedEmbeddingModel reference = new BgeSmallZhV15QuantizedEmbeddingModel();
        for (String text : List.of("防晒霜 油皮 200元以内", "running shoes under $80")) {
            float[] a = ours.embed(text).content().vector();
            float[] b = reference.embed(text).content().vector();
            assertEquals(512, a.length);
            assertArrayEquals(b, a, 1e-5f, text);
        }
        assertEquals(BgeSmallZhEmbeddingModel.MODEL_NAME, ours.modelName());
    }

    @Test
    void batchesKeepTheirOrder() {
        BgeSmallZhEmbeddingModel m = BgeSmallZhEmbeddingModel.singleThreaded();
        List<Embedding> batch = m.embedAll(List.of(TextSegment.from("纯牛奶"), TextSegment.from("降噪耳机"), TextSegment.from("纯牛奶"))).content();
        assertArrayEquals(batch.get(0).vector(), batch.get(2).vector(), 1e-6f);
        assertArrayEquals(m.embed("降噪耳机").content().vector(), batch.get(1).vector(), 1e-5f);
        float[] x = CatalogEmbeddings.unit(batch.get(0).vector());
        float[] y = CatalogEmbeddings.unit(batch.get(1).vector());
        double cos = 0;
        for (int i = 0; i < x.length; i++) {
            cos += x[i] * y[i];
        }
        assertTrue(cos < 0.99, "different texts, different vectors: " + cos);
    }

    @Test
    void rejectsZeroThreads() {
        InvalidValueException e = assertThrows(InvalidValueException.class, () -> BgeSmallZhEmbeddingModel.withThreads(0));
        assertTrue(e.getMessage().contains("intraOpThreads"), e.getMessage());
    }
}
