package dev.livesell.fraud.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.livesell.core.InvalidValueException;
import java.util.List;

/**
 * A multi-label classification head over a sentence embedding: an optional hidden ReLU layer followed
 * by one sigmoid output per label ({@code violation} first, then one per category). With
 * {@code hidden = 0} it is a multi-output logistic regression.
 *
 * <p>Saved as JSON (see {@link ModelBundle}); {@code formatVersion} guards the layout. Example:
 * {@code double[] p = head.scores(embedding); // p[0] = P(violation)}
 *
 * <p>Immutable (arrays are copied in and never exposed) and thread-safe.
 */
public final class ClassifierHead {
    /** Layout version of the JSON written for a head. */
    public static final int FORMAT_VERSION = 1;

    private final List<String> labels;
    private final int inputDim;
    private final int hidden;
    private final float[][] w1;
    private final float[] b1;
    private final float[][] w2;
    private final float[] b2;

    /**
     * @param labels output names, {@code violation} first
     * @param w1 hidden weights [hidden][inputDim], empty when there is no hidden layer
     * @param b1 hidden biases [hidden]
     * @param w2 output weights [labels][hidden or inputDim]
     * @param b2 output biases [labels]
     */
    public ClassifierHead(List<String> labels, int inputDim, float[][] w1, float[] b1, float[][] w2, float[] b2) {
        if (labels == null || labels.isEmpty()) {
            throw new InvalidValueException("labels", "must not be empty", labels);
        }
        if (inputDim <= 0) {
            throw new InvalidValueException("inputDim", "must be positive", inputDim);
        }
        this.labels = List.copyOf(labels);
        this.inputDim = inputDim;
        this.hidden = w1 == null ? 0 : w1.length;
        this.w1 = copy(w1 == null ? new float[0][] : w1, inputDim, "w1");
        this.b1 = b1 == null ? new float[0] : b1.clone();
        if (this.b1.length != hidden) {
            throw new InvalidValueException("b1", "length must equal the hidden size " + hidden, this.b1.length);
        }
        int fanIn = hidden == 0 ? inputDim : hidden;
        if (w2 == null) {
            throw new InvalidValueException("w2", "must not be null", null);
        }
        if (b2 == null) {
            throw new InvalidValueException("b2", "must not be null", null);
        }
        this.w2 = copy(w2, fanIn, "w2");
        if (this.w2.length != labels.size()) {
            throw new InvalidValueException("w2", "needs one row per label (" + labels.size() + ")", this.w2.length);
        }
        this.b2 = b2.clone();
        if (this.b2.length != labels.size()) {
            throw new InvalidValueException("b2", "needs one bias per label (" + labels.size() + ")", this.b2.length);
        }
    }

    private static float[][] copy(float[][] m, int cols, String field) {
        float[][] out = new float[m.length][];
        for (int i = 0; i < m.length; i++) {
            if (m[i] == null || m[i].length != cols) {
                throw new InvalidValueException(field + "[" + i + "]", "row length must be " + cols,
                        m[i] == null ? null : m[i].length);
            }
            out[i] = m[i].clone();
        }
        return out;
    }

    /** Output probabilities, one per {@link #labels()} entry. */
    public double[] scores(float[] x) {
        if (x.length != inputDim) {
            throw new InvalidValueException("embedding", "dimension must be " + inputDim, x.length);
        }
        float[] z = x;
        if (hidden > 0) {
            z = new float[hidden];
            for (int h = 0; h < hidden; h++) {
                double a = b1[h];
                float[] row = w1[h];
                for (int j = 0; j < inputDim; j++) {
                    a += row[j] * x[j];
                }
                z[h] = a > 0 ? (float) a : 0f;
            }
        }
        double[] out = new double[b2.length];
        for (int k = 0; k < out.length; k++) {
            double a = b2[k];
            float[] row = w2[k];
            for (int j = 0; j < z.length; j++) {
                a += row[j] * z[j];
            }
            out[k] = sigmoid(a);
        }
        return out;
    }

    static double sigmoid(double a) {
        return a >= 0 ? 1.0 / (1.0 + Math.exp(-a)) : Math.exp(a) / (1.0 + Math.exp(a));
    }

    public List<String> labels() {
        return labels;
    }

    public int inputDim() {
        return inputDim;
    }

    /** Hidden layer width; 0 for a linear (logistic regression) head. */
    public int hidden() {
        return hidden;
    }

    float[][] w1() {
        return w1;
    }

    float[] b1() {
        return b1;
    }

    float[][] w2() {
        return w2;
    }

    float[] b2() {
        return b2;
    }

    /** The JSON form of a head. */
    record Json(@JsonProperty("format") String format,
                @JsonProperty("formatVersion") int formatVersion,
                @JsonProperty("labels") List<String> labels,
                @JsonProperty("inputDim") int inputDim,
                @JsonProperty("hidden") int hidden,
                @JsonProperty("w1") float[][] w1,
                @JsonProperty("b1") float[] b1,
                @JsonProperty("w2") float[][] w2,
                @JsonProperty("b2") float[] b2) {
        static final String FORMAT = "livesell-fraud-head";

        @JsonCreator
        Json {
        }
    }

    Json toJson() {
        return new Json(Json.FORMAT, FORMAT_VERSION, labels, inputDim, hidden, w1, b1, w2, b2);
    }

    static ClassifierHead fromJson(Json j, String source) {
        if (!Json.FORMAT.equals(j.format())) {
            throw new ModelIntegrityException(source, "not a livesell fraud head (format was " + j.format() + ")");
        }
        if (j.formatVersion() != FORMAT_VERSION) {
            throw new ModelIntegrityException(source, "unsupported head formatVersion " + j.formatVersion()
                    + " (this library reads " + FORMAT_VERSION + ")");
        }
        requirePresent(source, "labels", j.labels());
        requirePresent(source, "w2", j.w2());
        requirePresent(source, "b2", j.b2());
        if (j.hidden() < 0) {
            throw new ModelIntegrityException(source, "hidden must not be negative (was " + j.hidden() + ")");
        }
        if (j.hidden() > 0) {
            requirePresent(source, "w1", j.w1());
            requirePresent(source, "b1", j.b1());
            if (j.w1().length != j.hidden()) {
                throw new ModelIntegrityException(source, "hidden is " + j.hidden() + " but w1 has " + j.w1().length + " rows");
            }
        }
        String bad = FraudLabels.problem(j.labels());
        if (bad != null) {
            throw new ModelIntegrityException(source, "labels " + bad);
        }
        try {
            return new ClassifierHead(j.labels(), j.inputDim(), j.hidden() == 0 ? null : j.w1(), j.b1(), j.w2(), j.b2());
        } catch (InvalidValueException e) {
            throw new ModelIntegrityException(source, e.getMessage(), e);
        }
    }

    private static void requirePresent(String source, String field, Object value) {
        if (value == null) {
            throw new ModelIntegrityException(source, field + " missing");
        }
    }
}
