package dev.livesell.fraud.model;

import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import dev.livesell.core.InvalidValueException;
import dev.livesell.core.LivesellException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A user-supplied ONNX classifier over sentence embeddings, run with ONNX Runtime: the model takes a
 * float tensor [N, d] (d = the embedder's dimension) and returns [N, labels] probabilities (or logits,
 * with {@code applySigmoid}). The labels name the outputs: {@code violation} and/or taxonomy category
 * ids. The head exported by {@code livesell fraud train} ({@code head.onnx}) is such a model.
 *
 * <p>Example: {@code OnnxClassifier c = OnnxClassifier.fromOnnx(Path.of("my.onnx"), List.of("violation", "medical_claim"), TextEmbedder.bgeSmallZh());}
 *
 * <p>Uses the JVM's single {@link OrtEnvironment}; {@code OrtSession.run} is thread-safe, so instances
 * are thread-safe. {@link #close()} releases the native session.
 */
public final class OnnxClassifier implements AutoCloseable {
    private final OrtSession session;
    private final String inputName;
    private final List<String> labels;
    private final TextEmbedder embedder;
    private final boolean applySigmoid;
    private final String source;

    private OnnxClassifier(OrtSession session, List<String> labels, TextEmbedder embedder, boolean applySigmoid,
                           String source) {
        this.session = session;
        this.inputName = session.getInputNames().iterator().next();
        this.labels = List.copyOf(labels);
        this.embedder = embedder;
        this.applySigmoid = applySigmoid;
        this.source = source;
    }

    /** Loads a classifier whose output already holds probabilities. */
    public static OnnxClassifier fromOnnx(Path onnx, List<String> labels, TextEmbedder embedder) {
        return fromOnnx(onnx, labels, embedder, false);
    }

    /**
     * @param applySigmoid true when the model outputs logits
     * @throws ModelIntegrityException when the file is missing or not a model ONNX Runtime can load
     */
    public static OnnxClassifier fromOnnx(Path onnx, List<String> labels, TextEmbedder embedder, boolean applySigmoid) {
        Objects.requireNonNull(embedder, "embedder");
        if (labels == null || labels.isEmpty()) {
            throw new InvalidValueException("labels", "must name every output of the model", labels);
        }
        if (!Files.isRegularFile(onnx)) {
            throw new ModelIntegrityException(onnx.toString(), "file not found");
        }
        try {
            OrtSession s = OrtEnvironment.getEnvironment().createSession(onnx.toString(), new OrtSession.SessionOptions());
            if (s.getInputNames().size() != 1) {
                s.close();
                throw new ModelIntegrityException(onnx.toString(), "expected one input (an embedding tensor), found "
                        + s.getInputNames());
            }
            return new OnnxClassifier(s, labels, embedder, applySigmoid, onnx.toString());
        } catch (OrtException e) {
            throw new ModelIntegrityException(onnx.toString(), "ONNX Runtime cannot load it: " + e.getMessage(), e);
        }
    }

    public ModelScores score(String text) {
        BgeFraudModel.requireText(text);
        return run(new float[][]{embedder.embed(text)}).get(0);
    }

    public List<ModelScores> scoreAll(List<String> texts) {
        texts.forEach(BgeFraudModel::requireText);
        return texts.isEmpty() ? List.of() : run(embedder.embedAll(texts));
    }

    /** Runs the model on embeddings directly. */
    public List<ModelScores> run(float[][] embeddings) {
        OrtEnvironment env = OrtEnvironment.getEnvironment();
        try (OnnxTensor in = OnnxTensor.createTensor(env, embeddings);
             OrtSession.Result r = session.run(Map.of(inputName, in))) {
            float[][] out = (float[][]) r.get(0).getValue();
            List<ModelScores> scores = new ArrayList<>(out.length);
            for (float[] row : out) {
                if (row.length != labels.size()) {
                    throw new ModelIntegrityException(source, "model outputs " + row.length + " scores but "
                            + labels.size() + " labels were given " + labels);
                }
                double[] p = new double[row.length];
                for (int i = 0; i < row.length; i++) {
                    p[i] = applySigmoid ? ClassifierHead.sigmoid(row[i]) : row[i];
                }
                scores.add(ModelScores.of(labels, p));
            }
            return scores;
        } catch (OrtException e) {
            throw new LivesellException(source + ": inference failed: " + e.getMessage(), e);
        }
    }

    public List<String> labels() {
        return labels;
    }

    @Override
    public void close() {
        try {
            session.close();
        } catch (OrtException e) {
            throw new LivesellException(source + ": cannot close session: " + e.getMessage(), e);
        }
    }
}
