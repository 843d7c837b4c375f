package dev.livesell.fraud.model;

import dev.livesell.core.LivesellException;

/**
 * A model artefact failed verification: its SHA-256 does not match the manifest, a file is missing,
 * or the format version is not one this library reads. Never retriable: the files must be fixed.
 *
 * <p>Example message: {@code head.json: sha256 mismatch (manifest says 3fa1..., file has 9c0e...)}.
 */
public class ModelIntegrityException extends LivesellException {
    private final String artefact;

    public ModelIntegrityException(String artefact, String problem) {
        this(artefact, problem, null);
    }

    public ModelIntegrityException(String artefact, String problem, Throwable cause) {
        super(artefact + ": " + problem, cause);
        this.artefact = artefact;
    }

    /** The file or resource that failed verification. */
    public String artefact() {
        return artefact;
    }
}
