package dev.livesell.examples.fraud.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.livesell.examples.LivesellCli;
import dev.livesell.fraud.model.ModelBundle;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FraudTrainCommandTest {
    private static int run(StringWriter out, StringWriter err, String... args) {
        return LivesellCli.commandLine(new PrintWriter(out, true), new PrintWriter(err, true)).execute(args);
    }

    @Test
    void trainsAHeadAndPrintsDevMetrics(@TempDir Path dir) throws Exception {
        List<String> lines = new ArrayList<>(List.of("text\tlabel\tcategory"));
        String[] bad = {"三天见效", "能治湿疹", "全网最低价", "央视推荐", "降血糖", "无副作用", "销量第一", "抗癌", "99%用户说好", "最后一批再也买不到"};
        String[] good = {"家人们晚上好", "领券后到手价89元", "尺码表在详情页", "库存两千单", "纯棉面料", "三号链接上架了",
                "效果因人而异", "七天无理由退货", "今天第一款产品", "最近天气干燥"};
        for (String b : bad) {
            lines.add(b + "\tviolation\t");
        }
        for (String g : good) {
            lines.add(g + "\tcompliant\t");
        }
        Path data = dir.resolve("tiny.tsv");
        Files.write(data, lines);
        Path out = dir.resolve("model");
        StringWriter o = new StringWriter();
        StringWriter e = new StringWriter();
        int code = run(o, e, "fraud", "train", "--data", data.toString(), "--out", out.toString(), "--seed", "3",
                "--hidden", "0", "--epochs", "5", "--dev-fraction", "0.2");
        assertEquals(0, code, e.toString());
        String[] printed = o.toString().strip().split("\n");
        assertTrue(printed[printed.length - 1].matches(
                "dev rules\\+model: accuracy=\\d\\.\\d{4} macro_f1=\\d\\.\\d{4} precision=\\d\\.\\d{4} recall=\\d\\.\\d{4} n=4"), o.toString());
        ModelBundle b = ModelBundle.load(out);
        assertEquals(3, b.manifest().training().seed());
        assertEquals(16, b.manifest().training().trainRows());
        assertTrue(Files.readString(out.resolve("DATA_CARD.md")).contains("tiny.tsv"));
        assertTrue(Files.isRegularFile(out.resolve("head.onnx")));
    }

    @Test
    void malformedTrainingDataFailsWithFileAndLine(@TempDir Path dir) throws Exception {
        Path data = dir.resolve("bad.tsv");
        Files.write(data, List.of("text\tlabel", "三天见效\tviolation", "好的\tmaybe"));
        StringWriter o = new StringWriter();
        StringWriter e = new StringWriter();
        int code = run(o, e, "fraud", "train", "--data", data.toString(), "--out", dir.resolve("m").toString());
        assertEquals(2, code);
        assertTrue(e.toString().contains("bad.tsv:3: label: must be violation, violating or compliant (was maybe)"), e.toString());
    }
}
