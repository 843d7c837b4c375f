package dev.livesell.fraud.model;

import ai.onnxruntime.NodeInfo;
import ai.onnxruntime.OnnxJavaType;
import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import ai.onnxruntime.TensorInfo;
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
    private final String outputName;
    private final List<String> labels;
    private final TextEmbedder embedder;
    private final boolean applySigmoid;
    private final String source;

    private OnnxClassifier(OrtSession session, String outputName, List<String> labels, TextEmbedder embedder,
                           boolean applySigmoid, String source) {
        this.session = session;
        this.inputName = session.getInputNames().iterator().next();
        this.outputName = outputName;
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
     * Loads and validates the model: the labels must be {@code violation} or taxonomy category ids, the model's
     * one input a float tensor whose last dimension is the embedder's, and one of its outputs a float matrix
     * with one column per label (the first such output is used, so a classifier that also outputs a label
     * tensor works).
     *
     * @param applySigmoid true when the model outputs logits
     * @throws InvalidValueException when the labels are not valid output names
     * @throws ModelIntegrityException when the file is missing, not a model ONNX Runtime can load, or its input
     *         or outputs do not fit the embedder and labels
     */
    public static OnnxClassifier fromOnnx(Path onnx, List<String> labels, TextEmbedder embedder, boolean applySigmoid) {
        Objects.requireNonNull(embedder, "embedder");
        String bad = FraudLabels.problem(labels);
        if (bad != null) {
            throw new InvalidValueException("labels", bad, labels);
        }
        if (!Files.isRegularFile(onnx)) {
            throw new ModelIntegrityException(onnx.toString(), "file not found");
        }
        String source = onnx.toString();
        OrtSession s;
        try (OrtSession.SessionOptions options = new OrtSession.SessionOptions()) {
            s = OrtEnvironment.getEnvironment().createSession(source, options);
        } catch (OrtException e) {
            throw new ModelIntegrityException(source, "ONNX Runtime cannot load it: " + e.getMessage(), e);
        }
        try {
            String output = validate(s, labels.size(), embedder.dimension(), source);
            return new OnnxClassifier(s, output, labels, embedder, applySigmoid, source);
        } catch (RuntimeException | OrtException e) {
            try {
                s.close();
            } catch (OrtException suppressed) {
                e.addSuppressed(suppressed);
            }
            if (e instanceof OrtException) {
                throw new ModelIntegrityException(source, "cannot read its inputs and outputs: " + e.getMessage(), e);
            }
            throw (RuntimeException) e;
        }
    }

    /** Checks the input and picks the output; returns the output's name. */
    private static String validate(OrtSession s, int labels, int dimension, String source) throws OrtException {
        Map<String, NodeInfo> inputs = s.getInputInfo();
        if (inputs.size() != 1) {
            throw new ModelIntegrityException(source, "expected one input (an embedding tensor), found " + inputs.keySet());
        }
        NodeInfo in = inputs.values().iterator().next();
        if (!(in.getInfo() instanceof TensorInfo ti) || ti.type != OnnxJavaType.FLOAT || ti.getShape().length != 2) {
            throw new ModelIntegrityException(source, "input " + in.getName() + " must be a float tensor [N, "
                    + dimension + "], found " + in.getInfo());
        }
        long d = ti.getShape()[1];
        if (d >= 0 && d != dimension) {
            throw new ModelIntegrityException(source, "input " + in.getName() + " takes " + d
                    + "-dimensional embeddings but the embedder gives " + dimension);
        }
        StringBuilder found = new StringBuilder();
        for (NodeInfo out : s.getOutputInfo().values()) {
            found.append(found.length() == 0 ? "" : ", ").append(out.getName()).append(' ').append(out.getInfo());
            if (out.getInfo() instanceof TensorInfo t && t.type == OnnxJavaType.FLOAT && t.getShape().length == 2
                    && (t.getShape()[1] == labels || t.getShape()[1] < 0)) {
                return out.getName();
            }
        }
        throw new ModelIntegrityException(source, "no output is a float matrix [N, " + labels
                + "] (one column per label); outputs: " + found);
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
            float[][] out = (float[][]) r.get(outputName).orElseThrow().getValue();
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
