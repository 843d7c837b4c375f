package dev.livesell.fraud;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RewriterTest {
    private static final FalseAdDetector DETECTOR = FalseAdDetector.rulesOnly();

    private static Verdict check(String text) {
        return DETECTOR.check(Claim.of(text));
    }

    /**
     * Filler the normalizer removed from inside a flagged word goes with the word's rewrite: in 全網最*好用 the
     * reported span is 全網最 (it wins over the overlapping 最*好用), and the * between 最 and 好 belonged to the
     * flagged word, so it must not survive as 全网很*好用. The cases below write invisible and full-width
     * characters as Java escapes: zero-width space and non-joiner, ideographic space, combining underline,
     * full-width asterisk.
     */
    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "全網最*好用|全网很好用", // filler symbol
        "全网最·好用的精华|全网很好用的精华",
        "全网最 好用的精华|全网很好用的精华", // space
        "欢迎新进来的朋友，全网最 好用的精华|欢迎新进来的朋友，全网很好用的精华",
        "全网最\u3000好用|全网很好用", // full-width space
        "全网最\u200B好用|全网很好用", // zero-width
        "全网最\u200B\u200C*好用|全网很好用",
        "全网ｚｕｉ\uFF0A好用|全网很好用", // full-width letters and asterisk
        "全网zui*好用|全网很好用", // pinyin
        "全网zui 好用|全网很好用",
        "全網最\u0332*好用|全网很好用", // combining mark: goes with its base character
        "这是全網最*好用的防晒，没有之一|这是全网很好用的防晒",
    })
    void fillerInsideAFlaggedWordGoesWithItsRewrite(String text, String expected) {
        Verdict v = check(text);
        assertEquals(Label.VIOLATION, v.label(), () -> text + " -> " + v.findings());
        assertEquals(expected, v.rewrite(), () -> text + " -> " + v.findings());
        assertEquals(List.of(), check(expected).findings(), "the rewrite passes the detector");
    }

    /** Text outside flagged words is kept as written: spaces, separators and emoji between words stay. */
    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiterString = "=>", value = {
        "家人们 全网最低价 今天只要99=>家人们 优惠价 今天只要99",
        "全網最低價|包郵到家=>优惠价|包郵到家",
        "全网最低价🔥快来抢=>优惠价🔥快来抢",
        "This cream is 最好用的 for dry skin=>This cream is 很好用的 for dry skin",
        "注意看，第 一 品牌的品质=>注意看，领先 品牌的品质",
        "全网最低价\\n快来抢=>优惠价\\n快来抢",
    })
    void textOutsideFlaggedWordsIsKeptAsWritten(String text, String expected) {
        String t = text.replace("\\n", "\n");
        String want = expected.replace("\\n", "\n");
        Verdict v = check(t);
        assertEquals(Label.VIOLATION, v.label(), () -> t + " -> " + v.findings());
        assertEquals(want, v.rewrite(), () -> t + " -> " + v.findings());
    }
}
