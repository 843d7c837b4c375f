package dev.livesell.fraud.model;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/**
 * Writes a {@link ClassifierHead} as an ONNX model (opset 13): input {@code embedding} float[N, d],
 * output {@code scores} float[N, labels] = Sigmoid(Relu(x·W1ᵀ + b1)·W2ᵀ + b2) (no Relu layer for a linear
 * head). The protobuf is written directly (a dozen fields of {@code onnx.proto}), so no ONNX library is
 * needed; ONNX Runtime reads the result, and the parity test compares it with the Java head.
 *
 * <p>Example: {@code Files.write(path, OnnxHeadExporter.toOnnx(head));}
 *
 * <p>Stateless and thread-safe.
 */
public final class OnnxHeadExporter {
    public static final String INPUT = "embedding";
    public static final String OUTPUT = "scores";
    private static final int FLOAT = 1;

    private OnnxHeadExporter() {
    }

    /** The ONNX model bytes of a head. */
    public static byte[] toOnnx(ClassifierHead head) {
        Proto graph = new Proto();
        String last = INPUT;
        if (head.hidden() > 0) {
            graph.message(5, tensor("W1T", transpose(head.w1()), head.inputDim(), head.hidden()));
            graph.message(5, tensor("B1", head.b1(), head.hidden()));
            graph.message(1, node("MatMul", "mm1", new String[]{INPUT, "W1T"}, "h_mm"));
            graph.message(1, node("Add", "add1", new String[]{"h_mm", "B1"}, "h_pre"));
            graph.message(1, node("Relu", "relu1", new String[]{"h_pre"}, "h"));
            last = "h";
        }
        int fan = head.hidden() > 0 ? head.hidden() : head.inputDim();
        int k = head.labels().size();
        graph.message(5, tensor("W2T", transpose(head.w2()), fan, k));
        graph.message(5, tensor("B2", head.b2(), k));
        graph.message(1, node("MatMul", "mm2", new String[]{last, "W2T"}, "o_mm"));
        graph.message(1, node("Add", "add2", new String[]{"o_mm", "B2"}, "logits"));
        graph.message(1, node("Sigmoid", "sigmoid", new String[]{"logits"}, OUTPUT));
        graph.string(2, "livesell_fraud_head");
        graph.message(11, valueInfo(INPUT, head.inputDim()));
        graph.message(12, valueInfo(OUTPUT, k));
        return model(graph, "labels", String.join(",", head.labels()));
    }

    /** A model of a single linear layer with sigmoid: {@code scores = Sigmoid(x·W + b)}, W given as [in][out]. */
    public static byte[] linearSigmoid(float[][] weightsInOut, float[] bias, String labels) {
        int in = weightsInOut.length;
        int out = bias.length;
        float[] w = new float[in * out];
        for (int i = 0; i < in; i++) {
            System.arraycopy(weightsInOut[i], 0, w, i * out, out);
        }
        Proto graph = new Proto();
        graph.message(5, tensor("W", w, in, out));
        graph.message(5, tensor("B", bias, out));
        graph.message(1, node("MatMul", "mm", new String[]{INPUT, "W"}, "mm_out"));
        graph.message(1, node("Add", "add", new String[]{"mm_out", "B"}, "logits"));
        graph.message(1, node("Sigmoid", "sigmoid", new String[]{"logits"}, OUTPUT));
        graph.string(2, "tiny_linear_classifier");
        graph.message(11, valueInfo(INPUT, in));
        graph.message(12, valueInfo(OUTPUT, out));
        return model(graph, "labels", labels);
    }

    private static byte[] model(Proto graph, String metaKey, String metaValue) {
        Proto model = new Proto();
        model.varint(1, 7); // ir_version
        model.string(2, "livesell");
        model.string(3, "0.1.0");
        model.message(7, graph);
        Proto opset = new Proto();
        opset.string(1, "");
        opset.varint(2, 13);
        model.message(8, opset);
        Proto meta = new Proto();
        meta.string(1, metaKey);
        meta.string(2, metaValue);
        model.message(14, meta);
        return model.bytes();
    }

    private static float[] transpose(float[][] m) {
        int rows = m.length;
        int cols = m[0].length;
        float[] out = new float[rows * cols];
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < cols; c++) {
                out[c * rows + r] = m[r][c];
            }
        }
        return out;
    }

    private static Proto tensor(String name, float[] data, int... dims) {
        Proto t = new Proto();
        for (int d : dims) {
            t.varint(1, d);
        }
        t.varint(2, FLOAT);
        t.string(8, name);
        byte[] raw = new byte[data.length * 4];
        for (int i = 0; i < data.length; i++) {
            int bits = Float.floatToIntBits(data[i]);
            raw[4 * i] = (byte) bits;
            raw[4 * i + 1] = (byte) (bits >>> 8);
            raw[4 * i + 2] = (byte) (bits >>> 16);
            raw[4 * i + 3] = (byte) (bits >>> 24);
        }
        t.bytes(9, raw);
        return t;
    }

    private static Proto node(String op, String name, String[] inputs, String output) {
        Proto n = new Proto();
        for (String in : inputs) {
            n.string(1, in);
        }
        n.string(2, output);
        n.string(3, name);
        n.string(4, op);
        return n;
    }

    /** A float tensor value of shape [N, width] with a symbolic batch dimension. */
    private static Proto valueInfo(String name, int width) {
        Proto batch = new Proto();
        batch.string(2, "N");
        Proto w = new Proto();
        w.varint(1, width);
        Proto shape = new Proto();
        shape.message(1, batch);
        shape.message(1, w);
        Proto tensorType = new Proto();
        tensorType.varint(1, FLOAT);
        tensorType.message(2, shape);
        Proto type = new Proto();
        type.message(1, tensorType);
        Proto vi = new Proto();
        vi.string(1, name);
        vi.message(2, type);
        return vi;
    }

    /** Minimal protobuf encoder: varint, length-delimited strings, bytes and nested messages. */
    private static final class Proto {
        private final ByteArrayOutputStream out = new ByteArrayOutputStream();

        void varint(int field, long value) {
            tag(field, 0);
            raw(value);
        }

        void string(int field, String s) {
            bytes(field, s.getBytes(StandardCharsets.UTF_8));
        }

        void bytes(int field, byte[] b) {
            tag(field, 2);
            raw(b.length);
            out.writeBytes(b);
        }

        void message(int field, Proto p) {
            bytes(field, p.bytes());
        }

        byte[] bytes() {
            return out.toByteArray();
        }

        private void tag(int field, int wireType) {
            raw(((long) field << 3) | wireType);
        }

        private void raw(long v) {
            while ((v & ~0x7FL) != 0) {
                out.write((int) ((v & 0x7F) | 0x80));
                v >>>= 7;
            }
            out.write((int) v);
        }
    }
}
