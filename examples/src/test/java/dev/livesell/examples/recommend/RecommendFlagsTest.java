package dev.livesell.examples.recommend;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.livesell.examples.LivesellCli;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Recommend-side commands refuse options they would otherwise ignore or misread, with exit 2 and the reason. */
class RecommendFlagsTest {
    private static String[] run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = LivesellCli.commandLine(new PrintWriter(out), new PrintWriter(err)).execute(args);
        return new String[] {String.valueOf(code), out.toString(), err.toString()};
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "recommend --at 2026-06-01T20:00+08:00 | --viewer ID is required",
            "recommend --viewer v-0042 --at 2026-06-01T20:00+08:00 --allow-repurchase | --allow-repurchase cannot be combined",
            "recommend live --session s-2026-0618 --presence 0 | --presence must be a positive",
            "recommend live --replay --json | --replay prints",
            "ask 防晒 --retrieval bogus | bogus"})
    void optionsThatWouldBeIgnoredOrMisreadFailWithExitTwo(String command, String message) {
        String[] r = run(command.split(" "));
        assertEquals("2", r[0], r[2]);
        assertTrue(r[2].contains(message), r[2]);
    }

    @Test
    void retrievalNamesAreCaseInsensitive() {
        String[] r = run("ask", "防晒霜 油皮 200元以内", "--retrieval", "Keyword", "--json");
        assertEquals("0", r[0], r[2]);
        assertTrue(r[1].contains("\"hits\""), r[1]);
    }

    @Test
    void anEmptyDataFileIsATypedErrorNotACrash(@TempDir Path dir) throws Exception {
        Path empty = dir.resolve("empty.csv");
        Files.writeString(empty, "");
        String[] r = run("recommend", "eval", "--data", empty.toString(), "--format", "interactions-csv", "--protocol", "ratio");
        assertEquals("2", r[0], r[2]);
        assertTrue(r[2].contains("data: has no events"), r[2]);
    }
}
