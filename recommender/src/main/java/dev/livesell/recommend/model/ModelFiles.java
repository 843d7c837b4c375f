package dev.livesell.recommend.model;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.livesell.core.DataFormatException;
import dev.livesell.core.LivesellException;
import dev.livesell.core.io.LivesellJson;
import dev.livesell.recommend.Recommender;
import dev.livesell.recommend.data.Csr;
import dev.livesell.recommend.data.IdIndex;
import dev.livesell.recommend.data.InteractionMatrix;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Saves and loads trained recommenders as a folder: {@code manifest.json} (format
 * {@code livesell-recommender}, {@code version} 1, algorithm, parameters, and every array's file, type
 * and length), the training data ({@code users.json}, {@code items.json} and its event arrays, needed for
 * histories and cold start), and raw little-endian arrays ({@code *.i32}, {@code *.i64}, {@code *.f32},
 * {@code *.i8}). Blends keep each part in {@code part-N/}; a re-ranked blend keeps its blend in {@code blend/}
 * and its scorer in {@code reranker.json} ({@link BoostedTrees} JSON). Loading restores identical scores. A
 * parameter added after a file was written loads as the behaviour before it (e.g. iALS without
 * {@code weightedReg}: plain {@code reg}; session-kNN without {@code idfPower}: 0). No Java
 * serialization. Thread-safe (stateless).
 *
 * <p>Example: {@code ModelFiles.save(model, Path.of("model")); Recommender again = ModelFiles.load(Path.of("model"));}
 */
public final class ModelFiles {
    public static final String FORMAT = "livesell-recommender";
    public static final int VERSION = 1;

    private ModelFiles() {
    }

    public static void save(Recommender model, Path dir) {
        try {
            Files.createDirectories(dir);
            ObjectMapper om = LivesellJson.mapper();
            ObjectNode root = om.createObjectNode();
            root.put("format", FORMAT);
            root.put("version", VERSION);
            InteractionMatrix d = model.data();
            ObjectNode data = root.putObject("data");
            data.put("clock", d.hasClock());
            Files.writeString(dir.resolve("users.json"), om.writeValueAsString(d.users().ids()));
            Files.writeString(dir.resolve("items.json"), om.writeValueAsString(d.items().ids()));
            InteractionMatrix.Arrays4 a = d.arrays();
            ObjectNode arrays = data.putObject("arrays");
            writeInts(dir, "data.userPtr", a.userPtr(), arrays);
            writeInts(dir, "data.item", a.item(), arrays);
            writeFloats(dir, "data.weight", a.weight(), arrays);
            writeLongs(dir, "data.time", a.time(), arrays);
            writeBytes(dir, "data.type", a.type(), arrays);
            saveModel(model, dir, root, om);
            Files.writeString(dir.resolve("manifest.json"), om.writerWithDefaultPrettyPrinter().writeValueAsString(root));
        } catch (IOException e) {
            throw new LivesellException("cannot save model to " + dir + ": " + e.getMessage(), e);
        }
    }

    private static void saveModel(Recommender model, Path dir, ObjectNode node, ObjectMapper om) throws IOException {
        node.put("algo", model.name());
        node.put("class", model.getClass().getSimpleName());
        ObjectNode params = node.putObject("params");
        model.params().forEach(params::put);
        ObjectNode arrays = node.putObject("arrays");
        if (model instanceof EaseModel m) {
            writeFloatRows(dir, "ease.weights", m.weightRows(), arrays);
        } else if (model instanceof SparseEaseModel m) {
            writeCsr(dir, "ease.rows", m.rows(), arrays);
        } else if (model instanceof ItemKnnModel m) {
            writeCsr(dir, "itemknn.sims", m.similarities(), arrays);
        } else if (model instanceof MarkovModel m) {
            writeCsr(dir, "markov.transitions", m.transitions(), arrays);
        } else if (model instanceof IalsModel m) {
            writeFloats(dir, "ials.itemFactors", m.itemFactors(), arrays);
        } else if (model instanceof LowPassModel m) {
            writeFloats(dir, "lowpass.vectors", m.vectors(), arrays);
            writeFloats(dir, "lowpass.degrees", m.degrees(), arrays);
        } else if (model instanceof RerankedModel m) {
            Path sub = dir.resolve("blend");
            Files.createDirectories(sub);
            ObjectNode bn = node.putObject("blend");
            saveModel(m.blend(), sub, bn, om);
            bn.put("dir", "blend");
            Files.writeString(dir.resolve("reranker.json"), m.scorer().toJson());
            node.put("scorer", "reranker.json");
        } else if (model instanceof BlendModel m) {
            ArrayNode parts = node.putArray("parts");
            for (int p = 0; p < m.parts().size(); p++) {
                Path sub = dir.resolve("part-" + p);
                Files.createDirectories(sub);
                ObjectNode pn = om.createObjectNode();
                saveModel(m.parts().get(p), sub, pn, om);
                pn.put("dir", "part-" + p);
                parts.add(pn);
            }
        } else if (!(model instanceof PopularityModel) && !(model instanceof SessionKnnModel)) {
            throw new LivesellException("cannot save a " + model.getClass().getName() + ": not a bundled model");
        }
    }

    public static Recommender load(Path dir) {
        Path manifest = dir.resolve("manifest.json");
        try {
            ObjectMapper om = LivesellJson.mapper();
            JsonNode root = om.readTree(Files.readString(manifest));
            if (!FORMAT.equals(root.path("format").asText())) {
                throw new DataFormatException(manifest.toString(), 0, "format", "expected " + FORMAT + " (was " + root.path("format").asText() + ")", null);
            }
            if (root.path("version").asInt() != VERSION) {
                throw new DataFormatException(manifest.toString(), 0, "version", "unsupported (was " + root.path("version").asText() + ", supported " + VERSION + ")", null);
            }
            IdIndex users = IdIndex.of(List.of(om.readValue(Files.readString(dir.resolve("users.json")), String[].class)));
            IdIndex items = IdIndex.of(List.of(om.readValue(Files.readString(dir.resolve("items.json")), String[].class)));
            JsonNode arrays = root.path("data").path("arrays");
            InteractionMatrix data = InteractionMatrix.fromArrays(users, items, root.path("data").path("clock").asBoolean(),
                    new InteractionMatrix.Arrays4(readInts(dir, arrays, "data.userPtr"), readInts(dir, arrays, "data.item"),
                            readFloats(dir, arrays, "data.weight"), readLongs(dir, arrays, "data.time"), readBytes(dir, arrays, "data.type")));
            return loadModel(root, dir, data, manifest.toString());
        } catch (IOException e) {
            throw new LivesellException("cannot load model from " + dir + ": " + e.getMessage(), e);
        }
    }

    private static Recommender loadModel(JsonNode node, Path dir, InteractionMatrix data, String source) throws IOException {
        Map<String, String> params = new LinkedHashMap<>();
        node.path("params").fields().forEachRemaining(e -> params.put(e.getKey(), e.getValue().asText()));
        JsonNode arrays = node.path("arrays");
        String cls = node.path("class").asText();
        String algo = node.path("algo").asText();
        return switch (cls) {
            case "PopularityModel" -> new PopularityModel(data);
            case "SparseEaseModel" -> new SparseEaseModel(data, params, readCsr(dir, arrays, "ease.rows", data.numItems()),
                    Double.parseDouble(params.getOrDefault("decay", "1")));
            case "EaseModel" -> new EaseModel(data, Double.parseDouble(params.get("lambda")), Boolean.parseBoolean(params.get("weighted")),
                    Double.parseDouble(params.getOrDefault("decay", "1")),
                    readFloatRows(dir, arrays, "ease.weights", data.numItems(), source));
            case "ItemKnnModel" -> new ItemKnnModel(data, params, readCsr(dir, arrays, "itemknn.sims", data.numItems()),
                    Double.parseDouble(params.get("decay")));
            case "MarkovModel" -> new MarkovModel(data, params, readCsr(dir, arrays, "markov.transitions", data.numItems()),
                    Integer.parseInt(params.get("steps")), Double.parseDouble(params.get("decay")));
            case "IalsModel" -> new IalsModel(data, params, Integer.parseInt(params.get("factors")),
                    readFloats(dir, arrays, "ials.itemFactors"), Double.parseDouble(params.get("reg")), Double.parseDouble(params.get("alpha")),
                    Boolean.parseBoolean(params.getOrDefault("weightedReg", "false")));
            case "LowPassModel" -> {
                int f = Integer.parseInt(params.get("factors"));
                int k = LowPassModel.Trainer.maxFactors(f, data.numItems());
                Map<String, String> trained = new LinkedHashMap<>(params);
                String decay = trained.remove("decay");
                yield new LowPassModel(data, trained, k,
                        checkedLength(readFloats(dir, arrays, "lowpass.vectors"), (long) k * data.numItems(), source),
                        checkedLength(readFloats(dir, arrays, "lowpass.degrees"), data.numItems(), source),
                        Double.parseDouble(params.get("itemPower")), decay == null ? 1 : Double.parseDouble(decay));
            }
            case "SessionKnnModel" -> new SessionKnnModel(data, params, SessionKnnModel.Trainer.itemSessions(data),
                    Integer.parseInt(params.get("k")), Integer.parseInt(params.get("sample")), Double.parseDouble(params.get("posDecay")),
                    Double.parseDouble(params.get("neighbourDecay")), Double.parseDouble(params.getOrDefault("idfPower", "0")),
                    Double.parseDouble(params.getOrDefault("recency", "0")),
                    Double.parseDouble(params.getOrDefault("beforeWeight", "1")));
            case "RerankedModel" -> {
                JsonNode bn = node.path("blend");
                Recommender inner = loadModel(bn, dir.resolve(bn.path("dir").asText()), data, source);
                if (!(inner instanceof BlendModel blend)) {
                    throw new DataFormatException(source, 0, "blend", "must be a BlendModel (was " + inner.getClass().getSimpleName() + ")", null);
                }
                Path scorerFile = dir.resolve(node.path("scorer").asText("reranker.json"));
                BoostedTrees scorer = BoostedTrees.fromJson(Files.readString(scorerFile), scorerFile.toString());
                yield new RerankedModel(blend, scorer, Integer.parseInt(params.get("candidates")),
                        Boolean.parseBoolean(params.get("excludeSeen")));
            }
            case "BlendModel" -> {
                List<Recommender> parts = new ArrayList<>();
                for (JsonNode pn : node.path("parts")) {
                    parts.add(loadModel(pn, dir.resolve(pn.path("dir").asText()), data, source));
                }
                String[] w = params.get("weights").split(",");
                double[] weights = new double[w.length];
                for (int i = 0; i < w.length; i++) {
                    weights[i] = Double.parseDouble(w[i]);
                }
                yield new BlendModel(data, algo, parts, weights);
            }
            default -> throw new DataFormatException(source, 0, "class", "unknown model class (was " + cls + ")", null);
        };
    }

    private static float[] checkedLength(float[] a, long expected, String source) {
        if (a.length != expected) {
            throw new DataFormatException(source, 0, "arrays", "expected " + expected + " values (was " + a.length + ")", null);
        }
        return a;
    }

    private static void writeCsr(Path dir, String name, Csr c, ObjectNode arrays) throws IOException {
        writeInts(dir, name + ".ptr", c.ptr(), arrays);
        writeInts(dir, name + ".cols", c.cols(), arrays);
        writeFloats(dir, name + ".vals", c.vals(), arrays);
    }

    private static Csr readCsr(Path dir, JsonNode arrays, String name, int n) throws IOException {
        int[] ptr = readInts(dir, arrays, name + ".ptr");
        return new Csr(n, n, ptr, readInts(dir, arrays, name + ".cols"), readFloats(dir, arrays, name + ".vals"));
    }

    private static void entry(ObjectNode arrays, String name, String type, int length) {
        ObjectNode e = arrays.putObject(name);
        e.put("file", name + "." + type);
        e.put("type", type);
        e.put("length", length);
    }

    private static ByteBuffer buffer(int bytes) {
        return ByteBuffer.allocate(bytes).order(ByteOrder.LITTLE_ENDIAN);
    }

    private static void writeInts(Path dir, String name, int[] a, ObjectNode arrays) throws IOException {
        ByteBuffer b = buffer(a.length * 4);
        b.asIntBuffer().put(a);
        Files.write(dir.resolve(name + ".i32"), b.array());
        entry(arrays, name, "i32", a.length);
    }

    private static void writeLongs(Path dir, String name, long[] a, ObjectNode arrays) throws IOException {
        ByteBuffer b = buffer(a.length * 8);
        b.asLongBuffer().put(a);
        Files.write(dir.resolve(name + ".i64"), b.array());
        entry(arrays, name, "i64", a.length);
    }

    private static void writeFloats(Path dir, String name, float[] a, ObjectNode arrays) throws IOException {
        writeFloatRows(dir, name, new float[][] {a}, arrays);
    }

    /** Equal-length rows written back to back as one {@code f32} array (the file is the same as a flat array's). */
    private static void writeFloatRows(Path dir, String name, float[][] rows, ObjectNode arrays) throws IOException {
        int cols = rows.length == 0 ? 0 : rows[0].length;
        ByteBuffer b = buffer(Math.multiplyExact(Math.multiplyExact(rows.length, cols), 4));
        java.nio.FloatBuffer fb = b.asFloatBuffer();
        for (float[] row : rows) {
            fb.put(row);
        }
        Files.write(dir.resolve(name + ".f32"), b.array());
        entry(arrays, name, "f32", rows.length * cols);
    }

    private static void writeBytes(Path dir, String name, byte[] a, ObjectNode arrays) throws IOException {
        Files.write(dir.resolve(name + ".i8"), a);
        entry(arrays, name, "i8", a.length);
    }

    private static ByteBuffer read(Path dir, JsonNode arrays, String name, String type, int width) throws IOException {
        JsonNode e = arrays.path(name);
        if (e.isMissingNode()) {
            throw new DataFormatException(dir.resolve("manifest.json").toString(), 0, "arrays." + name, "missing", null);
        }
        byte[] bytes = Files.readAllBytes(dir.resolve(e.path("file").asText()));
        int len = e.path("length").asInt();
        if (!type.equals(e.path("type").asText()) || bytes.length != (long) len * width) {
            throw new DataFormatException(dir.resolve(e.path("file").asText()).toString(), 0, name,
                    "expected " + len + " values of " + type + " (file has " + bytes.length + " bytes)", null);
        }
        return ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
    }

    private static int[] readInts(Path dir, JsonNode arrays, String name) throws IOException {
        ByteBuffer b = read(dir, arrays, name, "i32", 4);
        int[] a = new int[b.remaining() / 4];
        b.asIntBuffer().get(a);
        return a;
    }

    private static long[] readLongs(Path dir, JsonNode arrays, String name) throws IOException {
        ByteBuffer b = read(dir, arrays, name, "i64", 8);
        long[] a = new long[b.remaining() / 8];
        b.asLongBuffer().get(a);
        return a;
    }

    private static float[] readFloats(Path dir, JsonNode arrays, String name) throws IOException {
        ByteBuffer b = read(dir, arrays, name, "f32", 4);
        float[] a = new float[b.remaining() / 4];
        b.asFloatBuffer().get(a);
        return a;
    }

    /** An {@code f32} array of {@code n × n} values read as n rows. */
    private static float[][] readFloatRows(Path dir, JsonNode arrays, String name, int n, String source) throws IOException {
        ByteBuffer b = read(dir, arrays, name, "f32", 4);
        java.nio.FloatBuffer fb = b.asFloatBuffer();
        if (fb.remaining() != (long) n * n) {
            throw new DataFormatException(source, 0, "arrays", "expected " + ((long) n * n) + " values (was " + fb.remaining() + ")", null);
        }
        float[][] rows = new float[n][n];
        for (float[] row : rows) {
            fb.get(row);
        }
        return rows;
    }

    private static byte[] readBytes(Path dir, JsonNode arrays, String name) throws IOException {
        ByteBuffer b = read(dir, arrays, name, "i8", 1);
        byte[] a = new byte[b.remaining()];
        b.get(a);
        return a;
    }

}
