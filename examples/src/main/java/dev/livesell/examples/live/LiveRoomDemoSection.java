package dev.livesell.examples.live;

import dev.livesell.core.LiveSession;
import dev.livesell.examples.demo.DemoSection;
import dev.livesell.examples.demo.SampleData;
import dev.livesell.recommend.live.LiveRoomRanker;
import dev.livesell.recommend.live.ViewerAffinity;
import java.io.PrintWriter;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;

/** Demo section: what the host should feature next in each sample live session. */
public final class LiveRoomDemoSection implements DemoSection {
    @Override
    public String title() {
        return "Live room: what to feature next (LiveRoomRanker)";
    }

    @Override
    public void run(SampleData sample, PrintWriter out) {
        for (LiveSession s : sample.sessions()) {
            Instant now = s.start().plus(Duration.ofMinutes(45));
            LiveRoomCommand.Room room = LiveRoomCommand.room(sample, s, now, Duration.ofMinutes(30));
            LiveRoomRanker r = LiveRoomRanker.fit(sample.interactions().before(now), sample.catalog(), room.comments(), ViewerAffinity.NONE);
            var picks = r.rank(s, now, room.present(), room.comments(), Set.of());
            LiveRoomCommand.print(out, s, now, room.present().size(), picks.subList(0, Math.min(3, picks.size())));
        }
    }
}
