package dev.livesell.recommend.query;

import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.livesell.core.DataFormatException;
import dev.livesell.core.LivesellException;
import dev.livesell.core.Product;
import dev.livesell.core.ProductId;
import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.zip.CRC32;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Unit-length embeddings of a catalog's product passages, one row per product, computed with a
 * langchain4j {@link EmbeddingModel} and cached on disk.
 *
 * <p>Cache file format, version 1 (big-endian, {@link DataOutputStream} encoding): the UTF string
 * {@code "livesell-catalog-embeddings"}, int format version (1), UTF model name, int dimension, UTF
 * catalog checksum (SHA-256 hex over the model name and every product id and passage text, in order),
 * int product count, then per product a UTF id and {@code dimension} floats; last, a long CRC32 of
 * all preceding bytes. A cache whose model or checksum does not match the catalog is stale and is
 * rebuilt; a corrupted file (bad magic, truncated, CRC mismatch) is rebuilt with a warning in the log.
 * Writes go to a temporary file moved into place, so readers never see half a file.
 *
 * <p>Example: {@code CatalogEmbeddings e = CatalogEmbeddings.load(products, passages, model, Path.of("cache/emb.v1.bin"));}
 *
 * <p>Immutable and thread-safe once built.
 */
public final class CatalogEmbeddings {
    /** Current cache format version. */
    public static final int FORMAT_VERSION = 1;
    private static final String MAGIC = "livesell-catalog-embeddings";
    private static final Logger LOG = LoggerFactory.getLogger(CatalogEmbeddings.class);
    private static final int BATCH = 32;

    private final List<ProductId> ids;
    private final float[] matrix;
    private final int dimension;
    private final String checksum;
    private final boolean fromCache;

    private CatalogEmbeddings(List<ProductId> ids, float[] matrix, int dimension, String checksum, boolean fromCache) {
        this.ids = List.copyOf(ids);
        this.matrix = matrix;
        this.dimension = dimension;
        this.checksum = checksum;
        this.fromCache = fromCache;
    }

    /**
     * Loads the embeddings from {@code cacheFile} when it matches the model and passages, otherwise
     * embeds the passages and (when {@code cacheFile} is non-null) writes the cache.
     *
     * @param products products, in the order of {@code passages}
     * @param passages the text embedded for each product
     */
    public static CatalogEmbeddings load(List<Product> products, List<String> passages, EmbeddingModel model, Path cacheFile) {
        if (products.size() != passages.size()) {
            throw new IllegalArgumentException("products and passages differ in size");
        }
        String modelName = modelName(model);
        String checksum = checksum(modelName, products, passages);
        if (cacheFile != null && Files.exists(cacheFile)) {
            try {
                Optional<CatalogEmbeddings> cached = read(cacheFile, modelName, checksum);
                if (cached.isPresent()) {
                    return cached.get();
                }
                LOG.info("catalog embedding cache {} is stale (catalog or model changed); rebuilding", cacheFile);
            } catch (DataFormatException e) {
                LOG.warn("catalog embedding cache {} is corrupted ({}); rebuilding it", cacheFile, e.getMessage());
            }
        }
        List<ProductId> ids = new ArrayList<>(products.size());
        for (Product p : products) {
            ids.add(p.id());
        }
        float[] matrix = null;
        int dim = 0;
        for (int start = 0; start < passages.size(); start += BATCH) {
            List<TextSegment> batch = new ArrayList<>();
            for (String s : passages.subList(start, Math.min(passages.size(), start + BATCH))) {
                batch.add(TextSegment.from(s));
            }
            List<Embedding> out = model.embedAll(batch).content();
            for (int j = 0; j < out.size(); j++) {
                float[] v = unit(out.get(j).vector());
                if (matrix == null) {
                    dim = v.length;
                    matrix = new float[passages.size() * dim];
                }
                System.arraycopy(v, 0, matrix, (start + j) * dim, dim);
            }
        }
        if (matrix == null) {
            matrix = new float[0];
        }
        CatalogEmbeddings built = new CatalogEmbeddings(ids, matrix, dim, checksum, false);
        if (cacheFile != null) {
            built.write(cacheFile, modelName);
        }
        return built;
    }

    /** Model identity recorded in the cache: class, name and dimension. */
    static String modelName(EmbeddingModel model) {
        String name;
        try {
            name = model.modelName();
        } catch (RuntimeException e) {
            name = "unknown";
        }
        return model.getClass().getName() + ":" + name;
    }

    static float[] unit(float[] v) {
        double n = 0;
        for (float x : v) {
            n += x * x;
        }
        n = Math.sqrt(n);
        float[] out = new float[v.length];
        if (n == 0) {
            return out;
        }
        for (int i = 0; i < v.length; i++) {
            out[i] = (float) (v[i] / n);
        }
        return out;
    }

    private static String checksum(String modelName, List<Product> products, List<String> passages) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            md.update(modelName.getBytes(StandardCharsets.UTF_8));
            for (int i = 0; i < products.size(); i++) {
                md.update((byte) 0);
                md.update(products.get(i).id().value().getBytes(StandardCharsets.UTF_8));
                md.update((byte) 1);
                md.update(passages.get(i).getBytes(StandardCharsets.UTF_8));
            }
            return HexFormat.of().formatHex(md.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Optional<CatalogEmbeddings> read(Path file, String modelName, String checksum) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new LivesellException("cannot read embedding cache " + file + ": " + e.getMessage(), e);
        }
        String source = file.toString();
        if (bytes.length < 8) {
            throw new DataFormatException(source, 1, "file", "is truncated (was " + bytes.length + " bytes)", null);
        }
        CRC32 crc = new CRC32();
        crc.update(bytes, 0, bytes.length - 8);
        long stored = java.nio.ByteBuffer.wrap(bytes, bytes.length - 8, 8).getLong();
        try (DataInputStream in = new DataInputStream(new java.io.ByteArrayInputStream(bytes, 0, bytes.length - 8))) {
            String magic = in.readUTF();
            if (!MAGIC.equals(magic)) {
                throw new DataFormatException(source, 1, "magic", "is not a livesell embedding cache (was " + magic + ")", null);
            }
            if (stored != crc.getValue()) {
                throw new DataFormatException(source, 1, "crc32", "does not match the content (file corrupted)", null);
            }
            int version = in.readInt();
            if (version != FORMAT_VERSION) {
                LOG.info("embedding cache {} has format version {}, expected {}", file, version, FORMAT_VERSION);
                return Optional.empty();
            }
            String model = in.readUTF();
            int dim = in.readInt();
            String sum = in.readUTF();
            if (!model.equals(modelName) || !sum.equals(checksum)) {
                return Optional.empty();
            }
            int n = in.readInt();
            List<ProductId> ids = new ArrayList<>(n);
            float[] m = new float[n * dim];
            for (int i = 0; i < n; i++) {
                ids.add(ProductId.of(in.readUTF()));
                for (int j = 0; j < dim; j++) {
                    m[i * dim + j] = in.readFloat();
                }
            }
            return Optional.of(new CatalogEmbeddings(ids, m, dim, sum, true));
        } catch (IOException | RuntimeException e) {
            if (e instanceof DataFormatException d) {
                throw d;
            }
            throw new DataFormatException(source, 1, "content", "cannot be decoded (" + e + ")", e);
        }
    }

    private void write(Path file, String modelName) {
        try {
            Path dir = file.toAbsolutePath().getParent();
            if (dir != null) {
                Files.createDirectories(dir);
            }
            ByteArrayOutputStream buf = new ByteArrayOutputStream(matrix.length * 4 + ids.size() * 16 + 256);
            try (DataOutputStream out = new DataOutputStream(buf)) {
                out.writeUTF(MAGIC);
                out.writeInt(FORMAT_VERSION);
                out.writeUTF(modelName);
                out.writeInt(dimension);
                out.writeUTF(checksum);
                out.writeInt(ids.size());
                for (int i = 0; i < ids.size(); i++) {
                    out.writeUTF(ids.get(i).value());
                    for (int j = 0; j < dimension; j++) {
                        out.writeFloat(matrix[i * dimension + j]);
                    }
                }
            }
            byte[] body = buf.toByteArray();
            CRC32 crc = new CRC32();
            crc.update(body);
            Path tmp = Files.createTempFile(dir, file.getFileName().toString(), ".tmp");
            try (OutputStream o = new BufferedOutputStream(Files.newOutputStream(tmp))) {
                o.write(body);
                o.write(java.nio.ByteBuffer.allocate(8).putLong(crc.getValue()).array());
            }
            try {
                Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
            }
            LOG.info("wrote catalog embedding cache {} ({} products, dim {})", file, ids.size(), dimension);
        } catch (IOException e) {
            LOG.warn("cannot write catalog embedding cache {}: {}", file, e.getMessage());
        }
    }

    public List<ProductId> ids() {
        return ids;
    }

    public int dimension() {
        return dimension;
    }

    public int size() {
        return ids.size();
    }

    /** SHA-256 of the model name and passages these embeddings were made from. */
    public String checksum() {
        return checksum;
    }

    /** True when these embeddings were read from the cache file rather than computed. */
    public boolean fromCache() {
        return fromCache;
    }

    /** Cosine similarity of row {@code row} with a unit-length query vector. */
    public double cosine(int row, float[] unitQuery) {
        int off = row * dimension;
        float s0 = 0;
        float s1 = 0;
        float s2 = 0;
        float s3 = 0;
        int j = 0;
        for (; j + 3 < dimension; j += 4) {
            s0 += matrix[off + j] * unitQuery[j];
            s1 += matrix[off + j + 1] * unitQuery[j + 1];
            s2 += matrix[off + j + 2] * unitQuery[j + 2];
            s3 += matrix[off + j + 3] * unitQuery[j + 3];
        }
        for (; j < dimension; j++) {
            s0 += matrix[off + j] * unitQuery[j];
        }
        return (double) s0 + s1 + s2 + s3;
    }

    /** Cosine similarities of every row with a unit-length query vector. */
    public double[] cosines(float[] unitQuery) {
        double[] out = new double[ids.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = cosine(i, unitQuery);
        }
        return out;
    }

}
