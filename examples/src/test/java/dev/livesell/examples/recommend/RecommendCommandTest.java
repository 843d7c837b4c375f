package dev.livesell.examples.recommend;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.livesell.examples.LivesellCli;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RecommendCommandTest {
    private static final Pattern CONTRACT = Pattern.compile(
            "hr@10=\\d\\.\\d{4} ndcg@10=\\d\\.\\d{4} recall@10=\\d\\.\\d{4} mrr@10=\\d\\.\\d{4} "
                    + "hr@20=\\d\\.\\d{4} ndcg@20=\\d\\.\\d{4} recall@20=\\d\\.\\d{4} mrr@20=\\d\\.\\d{4} "
                    + "users=\\d+ train_s=\\d+\\.\\d eval_s=\\d+\\.\\d");

    @TempDir
    Path dir;

    private record Run(int code, String out, String err) {
    }

    private static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = LivesellCli.commandLine(new PrintWriter(out), new PrintWriter(err)).execute(args);
        return new Run(code, out.toString(), err.toString());
    }

    private Path sequences() throws IOException {
        StringBuilder sb = new StringBuilder();
        for (int u = 0; u < 60; u++) {
            sb.append(u);
            int start = (u * 7) % 20;
            for (int s = 0; s < 6; s++) {
                sb.append(' ').append((start + s) % 20);
            }
            sb.append('\n');
        }
        return Files.writeString(dir.resolve("seq.txt"), sb.toString());
    }

    @Test
    void evalEndsWithTheContractLine() throws IOException {
        Path data = sequences();
        for (String algo : List.of("pop", "markov")) {
            Run r = run("recommend", "eval", "--data", data.toString(), "--format", "sequences", "--protocol", "loo", "--algo", algo);
            assertEquals(0, r.code(), r.err());
            String[] lines = r.out().strip().split("\n");
            assertTrue(CONTRACT.matcher(lines[lines.length - 1]).matches(), lines[lines.length - 1]);
            assertTrue(lines[lines.length - 1].contains("users=60"));
        }
    }

    @Test
    void evalWithoutAlgoUsesTheProtocolDefault() throws IOException {
        Run r = run("recommend", "eval", "--data", sequences().toString(), "--format", "sequences", "--protocol", "loo",
                "--param", "w1=0.5");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("algo: default-loo"), r.out());
    }

    @Test
    void badInputFailsWithFileAndLine() throws IOException {
        Path bad = Files.writeString(dir.resolve("bad.txt"), "1 2 3\n2\n");
        Run r = run("recommend", "eval", "--data", bad.toString(), "--format", "sequences", "--protocol", "loo");
        assertEquals(2, r.code());
        assertTrue(r.err().contains("error: " + bad + ":2:"), r.err());
        Run f = run("recommend", "eval", "--data", bad.toString(), "--format", "parquet", "--protocol", "loo");
        assertEquals(2, f.code());
        assertTrue(f.err().contains("format"), f.err());
    }

    @Test
    void recommendsForASampleViewerWithReasons() {
        Run r = run("recommend", "--viewer", "v-0010", "-k", "3");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("1. p-"), r.out());
        assertTrue(r.out().matches("(?s).*(similar-to|next-after|popular).*"), r.out());
        Run cold = run("recommend", "--viewer", "nobody", "--json");
        assertEquals(0, cold.code(), cold.err());
        assertTrue(cold.out().contains("cold-start"), cold.out());
    }
}
