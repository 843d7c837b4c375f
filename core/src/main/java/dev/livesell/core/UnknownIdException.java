package dev.livesell.core;

/** A lookup by id found nothing, e.g. {@code Catalog.require(ProductId.of("p-404"))}. */
public class UnknownIdException extends LivesellException {
    private final String kind;
    private final String id;

    public UnknownIdException(String kind, String id) {
        super("unknown " + kind + " id: " + id);
        this.kind = kind;
        this.id = id;
    }

    public String kind() {
        return kind;
    }

    public String id() {
        return id;
    }
}
