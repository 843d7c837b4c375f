package dev.livesell.examples.live;

import dev.livesell.core.Comment;
import dev.livesell.core.InMemoryCatalog;
import dev.livesell.core.Interaction;
import dev.livesell.core.LiveSession;
import dev.livesell.core.SessionId;
import dev.livesell.core.UnknownIdException;
import dev.livesell.core.ViewerId;
import dev.livesell.core.io.LivesellJson;
import dev.livesell.examples.demo.SampleData;
import dev.livesell.recommend.live.LineupPick;
import dev.livesell.recommend.live.LiveRoomRanker;
import dev.livesell.recommend.live.LiveRoomReplay;
import dev.livesell.recommend.live.ViewerAffinity;
import java.io.PrintWriter;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code livesell recommend live --session ID [--at TIME]}: which lineup product to feature next. */
@Command(name = "live", mixinStandardHelpOptions = true,
        description = {"Rank a live session's lineup for the viewers present now (expected purchases, reasons).",
                "With --replay: replay the sample sessions slot by slot: do expected purchases predict what sold? (vs popularity)"})
public final class LiveRoomCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--session", paramLabel = "ID", description = "The session (sample sessions).")
    String session;

    @Option(names = "--at", paramLabel = "TIME", description = "The moment (default: 45 minutes after the session start).")
    String at;

    @Option(names = "--presence", defaultValue = "30", description = "Viewers present = active in the last N minutes (default ${DEFAULT-VALUE}).")
    int presenceMinutes;

    @Option(names = "--replay", description = "Replay evaluation over all sample sessions, slot by slot.")
    boolean replay;

    @Option(names = "--json", description = "Print as JSON.")
    boolean json;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        if (presenceMinutes <= 0) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--presence must be a positive number of minutes (was "
                    + presenceMinutes + ")");
        }
        if (replay && json) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--replay prints its slot table and metrics as text; --json applies to --session");
        }
        SampleData sample = SampleData.load();
        if (replay) {
            LiveRoomReplay.Result r = LiveRoomReplay.run(sample.catalog(), sample.sessions(), sample.comments(), sample.interactions(),
                    Duration.ofMinutes(presenceMinutes));
            r.lines().forEach(out::println);
            out.flush();
            return 0;
        }
        if (session == null) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--session ID (or --replay) is required");
        }
        LiveSession s = sample.sessions().stream().filter(x -> x.id().value().equals(session)).findFirst()
                .orElseThrow(() -> new UnknownIdException("session", session));
        Instant now = at != null ? LiveOptions.instant(at) : s.start().plus(Duration.ofMinutes(45));
        Room room = room(sample, s, now, Duration.ofMinutes(presenceMinutes));
        LiveRoomRanker ranker = LiveRoomRanker.fit(sample.interactions().before(now), sample.catalog(), room.comments(), ViewerAffinity.NONE);
        List<LineupPick> picks = ranker.rank(s, now, room.present(), room.comments(), Set.of());
        if (json) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("session", s.id().value());
            m.put("at", now.toString());
            m.put("viewersPresent", room.present().size());
            m.put("picks", picks);
            out.println(LivesellJson.writePretty(m));
        } else {
            print(out, s, now, room.present().size(), picks);
        }
        out.flush();
        return 0;
    }

    /** Viewers present (events or comments in the session within the window) and the comments so far. */
    record Room(Set<ViewerId> present, List<Comment> comments) {
    }

    static Room room(SampleData sample, LiveSession s, Instant now, Duration window) {
        Set<ViewerId> present = new HashSet<>();
        Instant from = now.minus(window);
        for (Interaction e : sample.interactions().events()) {
            if (e.session().map(x -> x.equals(s.id())).orElse(false) && !e.at().isBefore(from) && e.at().isBefore(now)) {
                present.add(e.viewer());
            }
        }
        List<Comment> comments = new ArrayList<>();
        for (Comment c : sample.comments()) {
            if (c.at().isBefore(now)) {
                comments.add(c);
                if (c.session().map((SessionId x) -> x.equals(s.id())).orElse(false) && !c.at().isBefore(from)) {
                    present.add(c.viewer());
                }
            }
        }
        return new Room(present, comments);
    }

    static void print(PrintWriter out, LiveSession s, Instant now, int present, List<LineupPick> picks) {
        out.printf("session %s \"%s\" at %s: %d viewers present%n", s.id().value(), s.title(), now, present);
        int i = 1;
        for (LineupPick p : picks) {
            out.printf(Locale.ROOT, "%d. %s %s  expected %.1f purchases%n     %s%n", i++, p.product().id().value(), p.product().title(),
                    p.expectedConversions(), String.join("; ", p.reasons()));
        }
    }
}
