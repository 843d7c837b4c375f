package dev.livesell.script.render;

import dev.livesell.core.InvalidValueException;
import dev.livesell.core.io.LivesellJson;
import dev.livesell.script.FactRef;
import dev.livesell.script.LiveScript;
import dev.livesell.script.ScriptBlock;
import dev.livesell.script.ScriptLine;
import dev.livesell.script.Segment;
import dev.livesell.script.SegmentType;
import dev.livesell.script.StageCue;
import dev.livesell.script.gate.AuditEntry;
import java.time.Duration;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Renders a {@link LiveScript}: {@code JSON} (livesell's codec), {@code MARKDOWN} (a table per block,
 * as practitioners write run sheets, plus the compliance audit) or {@code TEXT} (a teleprompter with a
 * running clock). Stateless and thread-safe.
 *
 * <p>Example: {@code ScriptFormat.parse("markdown").render(script)}
 */
public enum ScriptFormat {
    JSON, MARKDOWN, TEXT;

    /** Parses {@code json}, {@code markdown} / {@code md} or {@code text}, failing with the field name. */
    public static ScriptFormat parse(String name) {
        String n = name == null ? "" : name.strip().toLowerCase(Locale.ROOT);
        return switch (n) {
            case "json" -> JSON;
            case "markdown", "md" -> MARKDOWN;
            case "text", "txt", "teleprompter" -> TEXT;
            default -> throw new InvalidValueException("format", "must be markdown, json or text", name);
        };
    }

    public String render(LiveScript script) {
        return switch (this) {
            case JSON -> LivesellJson.writePretty(script);
            case MARKDOWN -> markdown(script);
            case TEXT -> text(script);
        };
    }

    private static String markdown(LiveScript s) {
        String lang = s.language();
        boolean zh = lang.equals("zh");
        StringBuilder sb = new StringBuilder();
        sb.append("# ").append(s.title()).append("\n\n");
        sb.append(zh ? "时长 " : "Length ").append(clock(s.duration())).append(zh ? "（要求 " : " (requested ")
                .append(clock(s.requested())).append(zh ? "）· 风格 " : ") · style ").append(s.style().jsonName())
                .append(" · ").append(s.generator()).append("\n\n");
        int productNo = 0;
        for (ScriptBlock b : s.blocks()) {
            String heading = b.kind() == SegmentType.Block.PRODUCT
                    ? (++productNo) + ". " + b.title() + " (" + b.product().map(p -> p.value()).orElse("") + ")"
                    : b.title();
            sb.append("## ").append(heading).append(" · ").append(clock(b.duration())).append("\n\n");
            sb.append(zh ? "| 环节 | 时长 | 提示 | 话术 | 依据 |\n" : "| Part | Time | Cues | Lines | Facts used |\n");
            sb.append("|---|---|---|---|---|\n");
            for (Segment seg : b.segments()) {
                sb.append("| ").append(seg.type().displayName(lang))
                        .append(" | ").append(clock(seg.duration()))
                        .append(" | ").append(seg.cues().stream().map(c -> c.displayName(lang)).collect(Collectors.joining("、")))
                        .append(" | ").append(seg.lines().stream().map(l -> cell(l.text())).collect(Collectors.joining("<br>")))
                        .append(" | ").append(seg.lines().stream().flatMap(l -> l.facts().stream()).map(FactRef::kind)
                                .distinct().map(k -> k.name().toLowerCase(Locale.ROOT)).collect(Collectors.joining(", ")))
                        .append(" |\n");
            }
            sb.append('\n');
        }
        sb.append(zh ? "## 合规审核\n\n" : "## Compliance audit\n\n");
        sb.append(s.audit().summary()).append("\n");
        for (AuditEntry e : s.audit().entries()) {
            sb.append("- ").append(e.action().name().toLowerCase(Locale.ROOT)).append(": ").append(cell(e.original()));
            e.result().ifPresent(r -> sb.append(" → ").append(cell(r)));
            sb.append(" (").append(cell(String.join("; ", e.reasons()))).append(")\n");
        }
        return sb.toString();
    }

    private static String text(LiveScript s) {
        String lang = s.language();
        StringBuilder sb = new StringBuilder();
        sb.append(s.title()).append('\n');
        Duration at = Duration.ZERO;
        for (ScriptBlock b : s.blocks()) {
            sb.append('\n').append("== ").append(b.title()).append(" ==\n");
            for (Segment seg : b.segments()) {
                sb.append('[').append(clock(at)).append("] ").append(seg.type().displayName(lang));
                if (!seg.cues().isEmpty()) {
                    sb.append("  <").append(seg.cues().stream().map((StageCue c) -> c.displayName(lang)).collect(Collectors.joining(" / ")))
                            .append('>');
                }
                sb.append('\n');
                for (ScriptLine l : seg.lines()) {
                    sb.append("    ").append(l.text()).append('\n');
                }
                at = at.plus(seg.duration());
            }
        }
        sb.append('[').append(clock(at)).append("] END\n");
        return sb.toString();
    }

    private static String cell(String text) {
        return text.replace("|", "\\|").replace("\n", " ");
    }

    static String clock(Duration d) {
        long s = d.toSeconds();
        return s >= 3600 ? String.format(Locale.ROOT, "%d:%02d:%02d", s / 3600, (s % 3600) / 60, s % 60)
                : String.format(Locale.ROOT, "%d:%02d", s / 60, s % 60);
    }
}
