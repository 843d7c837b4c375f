package dev.livesell.fraud.model;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.livesell.core.LivesellException;
import dev.livesell.core.io.LivesellJson;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A trained head with its manifest, saved as a directory (or classpath folder) holding
 * {@code manifest.json}, the head JSON it names ({@code head.json}) and optionally its ONNX export.
 * Loading verifies the format versions and the SHA-256 of the head file against the manifest and
 * throws {@link ModelIntegrityException} on any mismatch.
 *
 * <p>Example: {@code ModelBundle b = ModelBundle.load(Path.of("model")); b.head().scores(embedding);}
 *
 * <p>Immutable and thread-safe.
 */
public record ModelBundle(ModelManifest manifest, ClassifierHead head) {
    public static final String MANIFEST = "manifest.json";
    public static final String HEAD = "head.json";
    public static final String ONNX = "head.onnx";
    /** Classpath folder of the head shipped with this artifact. */
    public static final String SHIPPED = "/dev/livesell/fraud/model/shipped/";

    /** Loads and verifies a bundle from a directory. */
    public static ModelBundle load(Path dir) {
        return load(name -> {
            Path f = dir.resolve(name);
            if (!Files.isRegularFile(f)) {
                throw new ModelIntegrityException(f.toString(), "file not found");
            }
            try {
                return Files.readAllBytes(f);
            } catch (IOException e) {
                throw new ModelIntegrityException(f.toString(), "cannot read: " + e.getMessage(), e);
            }
        }, dir.toString());
    }

    /** Loads and verifies the head shipped inside this jar. */
    public static ModelBundle loadShipped() {
        return loadResource(SHIPPED);
    }

    /** Loads and verifies a bundle from a classpath folder such as {@code /com/acme/model/}. */
    public static ModelBundle loadResource(String folder) {
        String base = folder.endsWith("/") ? folder : folder + "/";
        return load(name -> {
            try (InputStream in = ModelBundle.class.getResourceAsStream(base + name)) {
                if (in == null) {
                    throw new ModelIntegrityException("classpath:" + base + name, "resource not found");
                }
                return in.readAllBytes();
            } catch (IOException e) {
                throw new ModelIntegrityException("classpath:" + base + name, "cannot read: " + e.getMessage(), e);
            }
        }, "classpath:" + base);
    }

    interface Source {
        byte[] read(String name);
    }

    static ModelBundle load(Source source, String where) {
        ModelManifest manifest = parse(source.read(MANIFEST), where + "/" + MANIFEST, ModelManifest.class);
        if (!ModelManifest.FORMAT.equals(manifest.format())) {
            throw new ModelIntegrityException(where + "/" + MANIFEST, "not a livesell fraud model manifest (format was "
                    + manifest.format() + ")");
        }
        if (manifest.formatVersion() != ModelManifest.FORMAT_VERSION) {
            throw new ModelIntegrityException(where + "/" + MANIFEST, "unsupported formatVersion "
                    + manifest.formatVersion() + " (this library reads " + ModelManifest.FORMAT_VERSION + ")");
        }
        String manifestName = where + "/" + MANIFEST;
        if (manifest.head() == null) {
            throw new ModelIntegrityException(manifestName, "head missing");
        }
        if (manifest.head().file() == null || manifest.head().file().isBlank()) {
            throw new ModelIntegrityException(manifestName, "head.file missing");
        }
        if (manifest.head().sha256() == null || manifest.head().sha256().isBlank()) {
            throw new ModelIntegrityException(manifestName, "head.sha256 missing");
        }
        if (manifest.labels() == null) {
            throw new ModelIntegrityException(manifestName, "labels missing");
        }
        String headName = where + "/" + manifest.head().file();
        byte[] headBytes = source.read(manifest.head().file());
        verify(headName, headBytes, manifest.head().sha256());
        ClassifierHead head = ClassifierHead.fromJson(parse(headBytes, headName, ClassifierHead.Json.class), headName);
        if (!head.labels().equals(manifest.labels())) {
            throw new ModelIntegrityException(headName, "labels " + head.labels() + " differ from the manifest's "
                    + manifest.labels());
        }
        return new ModelBundle(manifest, head);
    }

    /** Throws {@link ModelIntegrityException} unless the bytes hash to the expected SHA-256. */
    static void verify(String name, byte[] bytes, String expected) {
        String actual = Sha256.hex(bytes);
        if (!actual.equalsIgnoreCase(expected)) {
            throw new ModelIntegrityException(name, "sha256 mismatch (manifest says " + expected + ", file has "
                    + actual + "); the file was changed or corrupted: retrain or restore it");
        }
    }

    private static <T> T parse(byte[] bytes, String name, Class<T> type) {
        try {
            return LivesellJson.mapper().readValue(new String(bytes, StandardCharsets.UTF_8), type);
        } catch (JsonProcessingException e) {
            throw new ModelIntegrityException(name, "malformed JSON: " + e.getOriginalMessage(), e);
        }
    }

    /**
     * Writes {@code head.json} and {@code manifest.json} (with the head's SHA-256 filled in) into
     * {@code dir}, creating it. Returns the manifest as written.
     */
    public static ModelManifest save(Path dir, ModelManifest manifest, ClassifierHead head) {
        try {
            Files.createDirectories(dir);
            byte[] headBytes = LivesellJson.write(head.toJson()).getBytes(StandardCharsets.UTF_8);
            Files.write(dir.resolve(HEAD), headBytes);
            ModelManifest withSha = new ModelManifest(manifest.format(), manifest.formatVersion(),
                    manifest.modelVersion(), manifest.createdAt(), manifest.embeddingModel(), manifest.normalization(),
                    manifest.labels(), new ModelManifest.Artefact(HEAD, Sha256.hex(headBytes)), manifest.onnx(),
                    manifest.thresholds(), manifest.training(), manifest.metrics());
            Files.writeString(dir.resolve(MANIFEST), LivesellJson.writePretty(withSha) + "\n", StandardCharsets.UTF_8);
            return withSha;
        } catch (IOException e) {
            throw new LivesellException("cannot write model to " + dir + ": " + e.getMessage(), e);
        }
    }
}
