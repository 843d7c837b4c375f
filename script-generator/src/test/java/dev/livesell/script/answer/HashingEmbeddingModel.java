package dev.livesell.script.answer;

import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.output.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/** A tiny deterministic embedding for tests: hashed character unigrams and bigrams. Counts the texts it embeds. */
final class HashingEmbeddingModel implements EmbeddingModel {
    final AtomicInteger texts = new AtomicInteger();

    @Override
    public Response<List<Embedding>> embedAll(List<TextSegment> segments) {
        List<Embedding> out = new ArrayList<>();
        for (TextSegment s : segments) {
            texts.incrementAndGet();
            float[] v = new float[256];
            String t = s.text();
            for (int i = 0; i < t.length(); i++) {
                v[Math.floorMod(t.charAt(i) * 31, 256)] += 1;
                if (i + 1 < t.length()) {
                    v[Math.floorMod(t.substring(i, i + 2).hashCode(), 256)] += 1;
                }
            }
            out.add(Embedding.from(v));
        }
        return Response.from(out);
    }

    @Override
    public int dimension() {
        return 256;
    }
}
