package dev.livesell.script;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.livesell.core.InvalidValueException;
import dev.livesell.core.ProductId;
import dev.livesell.core.io.LivesellJson;
import dev.livesell.script.offline.OfflineScriptGenerator;
import dev.livesell.script.render.ScriptFormat;
import org.junit.jupiter.api.Test;

class ScriptFormatTest {
    private static final LiveScript SCRIPT = OfflineScriptGenerator.builder().detector(TestCatalog.DETECTOR).build()
            .generate(ScriptRequest.builder().add(TestCatalog.CATALOG, ProductId.of("t-100"), ProductId.of("t-200")).minutes(12).build());

    @Test
    void markdownHasATablePerBlockAndTheAudit() {
        String md = ScriptFormat.MARKDOWN.render(SCRIPT);
        assertEquals(SCRIPT.blocks().size(), md.split("\\| 环节 \\| 时长 \\| 提示 \\| 话术 \\| 依据 \\|", -1).length - 1, md);
        assertTrue(md.contains("## 1. 晴川 清透防晒乳 SPF50+ 50ml (t-100)"), md);
        assertTrue(md.contains("## 合规审核"));
        assertTrue(md.contains(SCRIPT.audit().summary()));
    }

    @Test
    void jsonCarriesSegmentsCuesLinesProvenanceAndAudit() throws Exception {
        JsonNode root = LivesellJson.mapper().readTree(ScriptFormat.JSON.render(SCRIPT));
        assertEquals(4, root.path("blocks").size());
        JsonNode hook = root.path("blocks").get(1).path("segments").get(0);
        assertEquals("hook", hook.path("type").asText());
        assertEquals("show_closeup", hook.path("cues").get(0).asText());
        assertEquals("TITLE", hook.path("lines").get(0).path("facts").get(0).path("kind").asText());
        assertEquals("PT12M", root.path("requested").asText());
        assertTrue(root.path("audit").has("linesChecked"));
    }

    @Test
    void teleprompterRunsTheClockToTheRequestedLength() {
        String text = ScriptFormat.TEXT.render(SCRIPT);
        assertTrue(text.startsWith(SCRIPT.title()));
        assertTrue(text.contains("[0:00] 开场问候"), text);
        assertTrue(text.strip().endsWith("[12:00] END"), text);
    }

    @Test
    void parsesFormatNamesAndRejectsOthers() {
        assertEquals(ScriptFormat.MARKDOWN, ScriptFormat.parse("md"));
        assertEquals(ScriptFormat.TEXT, ScriptFormat.parse("Text"));
        InvalidValueException e = assertThrows(InvalidValueException.class, () -> ScriptFormat.parse("pdf"));
        assertEquals("format", e.field());
    }
}
