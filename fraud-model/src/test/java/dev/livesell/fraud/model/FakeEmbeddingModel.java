package dev.livesell.fraud.model;

import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.output.Response;
import java.util.List;

/** A 4-dimensional test embedding: [has 治, has 最, has 血糖, length/100]. Deterministic, no model files. */
final class FakeEmbeddingModel implements EmbeddingModel {
    private final int dimension;

    FakeEmbeddingModel() {
        this(4);
    }

    /** The same four features, zero-padded (or cut) to {@code dimension}. */
    FakeEmbeddingModel(int dimension) {
        this.dimension = dimension;
    }

    static float[] vector(String t) {
        return new float[]{t.contains("治") ? 1 : 0, t.contains("最") ? 1 : 0, t.contains("血糖") ? 1 : 0, t.length() / 100f};
    }

    @Override
    public Response<List<Embedding>> embedAll(List<TextSegment> segments) {
        return Response.from(segments.stream().map(s -> Embedding.from(java.util.Arrays.copyOf(vector(s.text()), dimension))).toList());
    }

    @Override
    public int dimension() {
        return dimension;
    }
}
