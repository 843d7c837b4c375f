package dev.livesell.recommend.data;

import dev.livesell.core.InvalidValueException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;

/**
 * A dictionary between external string ids (viewer or product ids as they appear in the data) and dense
 * int indices {@code 0..size-1}, in first-seen order. Immutable and thread-safe; build one with
 * {@link Builder}.
 *
 * <p>Example: {@code IdIndex items = IdIndex.of(List.of("p-1", "p-2")); items.indexOf("p-2") // 1}
 */
public final class IdIndex {
    private final String[] ids;
    private final Map<String, Integer> index;

    private IdIndex(String[] ids, Map<String, Integer> index) {
        this.ids = ids;
        this.index = index;
    }

    /** An index over the given ids, in order; duplicates are rejected. */
    public static IdIndex of(List<String> ids) {
        Builder b = new Builder();
        for (String id : ids) {
            if (b.contains(id)) {
                throw new InvalidValueException("ids", "must not contain duplicates", id);
            }
            b.add(id);
        }
        return b.build();
    }

    public int size() {
        return ids.length;
    }

    /** The external id at an index. */
    public String id(int index) {
        return ids[index];
    }

    /** The index of an id, or -1 when unknown. */
    public int indexOf(String id) {
        Integer i = index.get(id);
        return i == null ? -1 : i;
    }

    /** The index of an id, when known. */
    public OptionalInt find(String id) {
        Integer i = index.get(id);
        return i == null ? OptionalInt.empty() : OptionalInt.of(i);
    }

    /** All ids in index order (a copy). */
    public List<String> ids() {
        return List.of(Arrays.copyOf(ids, ids.length));
    }

    /** A builder that starts with this index's ids (new ids get the next indices). */
    public Builder toBuilder() {
        Builder b = new Builder();
        for (String id : ids) {
            b.add(id);
        }
        return b;
    }

    /** Collects ids in first-seen order. Not thread-safe. */
    public static final class Builder {
        private final List<String> ids = new ArrayList<>();
        private final Map<String, Integer> index = new HashMap<>();

        /** Returns the index of the id, adding it when new. */
        public int add(String id) {
            Integer i = index.get(id);
            if (i != null) {
                return i;
            }
            int n = ids.size();
            ids.add(id);
            index.put(id, n);
            return n;
        }

        public boolean contains(String id) {
            return index.containsKey(id);
        }

        public int size() {
            return ids.size();
        }

        public IdIndex build() {
            return new IdIndex(ids.toArray(new String[0]), Map.copyOf(index));
        }
    }
}
