package dev.livesell.examples.demo;

import dev.livesell.core.Comment;
import dev.livesell.core.Host;
import dev.livesell.core.InMemoryCatalog;
import dev.livesell.core.InteractionLog;
import dev.livesell.core.LiveSession;
import dev.livesell.core.LivesellException;
import dev.livesell.core.Viewer;
import dev.livesell.core.io.CatalogFile;
import dev.livesell.core.io.InteractionLogReader;
import dev.livesell.core.io.LivesellJson;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The sample data bundled under {@code /sample/} in this jar: catalog with offers, hosts, live sessions,
 * viewers, comments and the generated interaction log. Immutable.
 */
public record SampleData(InMemoryCatalog catalog, List<Host> hosts, List<LiveSession> sessions, List<Viewer> viewers,
                         List<Comment> comments, InteractionLog interactions) {

    public static SampleData load() {
        InMemoryCatalog catalog = CatalogFile.readResource(SampleData.class, "/sample/catalog.jsonl");
        return new SampleData(catalog,
                jsonLines("/sample/hosts.jsonl", Host.class),
                jsonLines("/sample/sessions.jsonl", LiveSession.class),
                jsonLines("/sample/viewers.jsonl", Viewer.class),
                jsonLines("/sample/comments.jsonl", Comment.class),
                InteractionLog.of(jsonLines("/sample/interactions.jsonl", dev.livesell.core.Interaction.class)));
    }

    static <T> List<T> jsonLines(String resource, Class<T> type) {
        InputStream in = SampleData.class.getResourceAsStream(resource);
        if (in == null) {
            throw new LivesellException("sample resource missing: " + resource);
        }
        try (Reader r = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            return LivesellJson.readJsonLines(r, resource, type);
        } catch (IOException e) {
            throw new LivesellException("cannot read " + resource, e);
        }
    }
}
