package dev.livesell.script.answer;

import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.livesell.script.FactRef;
import java.util.ArrayList;
import java.util.List;

/** Embeddings of one product's facts (attribute lines and selling points), L2-normalized. Immutable. */
final class FactIndex {
    final List<FactRef> facts;
    final float[][] vectors;
    final int fingerprint;

    private FactIndex(List<FactRef> facts, float[][] vectors, int fingerprint) {
        this.facts = facts;
        this.vectors = vectors;
        this.fingerprint = fingerprint;
    }

    static int fingerprint(List<FactRef> facts) {
        return facts.hashCode();
    }

    static String sentence(FactRef f) {
        return f.key().isEmpty() || f.kind() == dev.livesell.script.FactKind.SELLING_POINT ? f.value() : f.key() + "：" + f.value();
    }

    static FactIndex build(List<FactRef> facts, EmbeddingModel model) {
        List<TextSegment> segments = new ArrayList<>();
        for (FactRef f : facts) {
            segments.add(TextSegment.from(sentence(f)));
        }
        float[][] vectors = new float[facts.size()][];
        if (!segments.isEmpty()) {
            var embedded = model.embedAll(segments).content();
            for (int i = 0; i < vectors.length; i++) {
                vectors[i] = normalized(embedded.get(i).vector());
            }
        }
        return new FactIndex(List.copyOf(facts), vectors, fingerprint(facts));
    }

    static float[] normalized(float[] v) {
        double n = 0;
        for (float x : v) {
            n += x * x;
        }
        n = Math.sqrt(n);
        float[] out = new float[v.length];
        for (int i = 0; i < v.length; i++) {
            out[i] = n == 0 ? 0 : (float) (v[i] / n);
        }
        return out;
    }

    /** Cosine similarity of fact {@code i} to a normalized query. */
    double similarity(int i, float[] query) {
        double s = 0;
        float[] v = vectors[i];
        for (int d = 0; d < v.length; d++) {
            s += v[d] * query[d];
        }
        return s;
    }

    /** Index of the most similar fact among {@code allowed} (all when null), with its cosine; -1 when none. */
    Hit best(float[] query, java.util.function.Predicate<FactRef> allowed) {
        int best = -1;
        double bestScore = -2;
        for (int i = 0; i < vectors.length; i++) {
            if (allowed != null && !allowed.test(facts.get(i))) {
                continue;
            }
            double s = 0;
            float[] v = vectors[i];
            for (int d = 0; d < v.length; d++) {
                s += v[d] * query[d];
            }
            if (s > bestScore) {
                bestScore = s;
                best = i;
            }
        }
        return new Hit(best, best < 0 ? 0 : bestScore);
    }

    record Hit(int index, double score) {
    }
}
