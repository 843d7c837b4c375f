package dev.livesell.fraud;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class TextNormalizerTest {
    private final TextNormalizer norm = TextNormalizer.standard();

    @Test
    void foldsFullWidthAndCase() {
        assertEquals("best seller", norm.normalize("ＢＥＳＴ　ＳＥＬＬＥＲ").text());
        assertEquals("best全网最低", norm.normalize("ＢＥＳＴ　全网最低").text()); // separator next to Chinese dropped
    }

    @Test
    void removesZeroWidthAndSeparatorsBetweenChineseCharacters() {
        assertEquals("最佳", norm.normalize("最\u200B佳").text());
        assertEquals("最佳", norm.normalize("最 佳").text());
        assertEquals("最佳", norm.normalize("最*佳").text());
        assertEquals("最佳", norm.normalize("最·佳").text());
        assertEquals("最佳", norm.normalize("最🔥佳").text());
    }

    @Test
    void keepsLettersOutsideTheBasicPlaneButDropsEmoji() {
        assertEquals("吉𠮷野家", norm.normalize("吉𠮷野家").text()); // a rare Han character is text, not filler
        assertEquals("全网𠀀最低价", norm.normalize("全网𠀀最低价").text());
        assertEquals("全网最低价", norm.normalize("全网🔥最低价").text());
        assertEquals("全网最低价", norm.normalize("全网😀😀最低价").text());
        // and the rewrite keeps it too
        Verdict v = FalseAdDetector.rulesOnly().check(Claim.of("𠮷野家全网最低价"));
        org.junit.jupiter.api.Assertions.assertTrue(v.rewrite().startsWith("𠮷野家"), v.rewrite());
    }

    @Test
    void keepsSentencePunctuationAndSpacesBetweenEnglishWords() {
        assertEquals("最近,天气好", norm.normalize("最近，天气好").text());
        assertEquals("no side effects", norm.normalize("No side effects").text());
        assertEquals("best", norm.normalize("b.e.s.t").text());
    }

    @Test
    void convertsTraditionalToSimplified() {
        assertEquals("全网最低价", norm.normalize("全網最低價").text());
        assertEquals("治疗", norm.normalize("治療").text());
    }

    @Test
    void foldsLookAlikeLettersAndNumberForms() {
        assertEquals("cure", norm.normalize("сurе").text()); // Cyrillic с and е
        assertEquals("第1", norm.normalize("第①").text());
        assertEquals("第1", norm.normalize("第➊").text());
        assertEquals("三天", norm.normalize("叁天").text());
    }

    @Test
    void dropsAccentsAndPinyinToneMarksFromLatinLetters() {
        assertEquals("防ai抗ai", norm.normalize("防ái抗ÁI").text());
        assertEquals("lu zhi", norm.normalize("lǜ zhì").text());
        assertEquals("cafe", norm.normalize("café").text());
        assertEquals(3, norm.normalize("防ái").text().length()); // one letter per letter: offsets stay exact
    }

    @Test
    void mapsNormalizedSpansBackToTheOriginalText() {
        String original = "全網最*好用";
        NormalizedText t = norm.normalize(original);
        assertEquals("全网最好用", t.text());
        Span s = t.span(2, 4);
        assertEquals(new Span(2, 5, "最*好"), s);
        assertEquals(original.substring(s.start(), s.end()), s.text());
    }

    @Test
    void replacesLoneSurrogatesWithoutBreakingOffsets() {
        String original = "最\uD800好\uDC00用";
        NormalizedText t = norm.normalize(original);
        assertEquals("最好用", t.text()); // U+FFFD between Chinese characters is a separator
        assertEquals(original.length(), t.span(0, t.length()).end());
    }

    @Test
    void keepsSurrogatePairsWholeInSpans() {
        String original = "😀最好😀";
        NormalizedText t = norm.normalize(original);
        int i = t.text().indexOf("最好");
        Span s = t.span(i, i + 2);
        assertEquals(new Span(2, 4, "最好"), s);
        assertEquals(new Span(0, 6, original), t.span(0, t.length()));
    }

    @Test
    void dropsCombiningMarksAndKeepsTheirOffsetsOnTheBaseCharacter() {
        String underlined = "三\u0332天\u0332见\u0332效\u0332";
        NormalizedText t = norm.normalize(underlined);
        assertEquals("三天见效", t.text());
        assertEquals(new Span(0, 8, underlined), t.span(0, 4));
        assertEquals(new Span(2, 4, "天\u0332"), t.span(1, 2));
        assertEquals("zui低价", norm.normalize("zui\u0300低价").text());
        assertEquals("防ai", norm.normalize("防a\u0301i").text());
        String circled = "全网最低\u20DD价";
        assertEquals("全网最低价", norm.normalize(circled).text());
        assertEquals(new Span(3, 5, "低\u20DD"), norm.normalize(circled).span(3, 4));
    }

    @Test
    void leavesSimplifiedCharactersAsTheyAre() {
        assertEquals("一喷去污,睡着了,早泄,棱角,幺", norm.normalize("一喷去污，睡着了，早泄，棱角，幺").text());
        assertEquals("一喷去污,睡着了", norm.normalize("一噴去汙，睡著了").text());
    }

    @Test
    void normalizingIsIdempotentOnEveryTraditionalCharacter() throws java.io.IOException {
        try (java.io.InputStream in = TextNormalizer.class.getResourceAsStream("opencc/TSCharacters.tsv")) {
            for (String line : new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).split("\n")) {
                if (line.indexOf('\t') > 0) {
                    String once = norm.normalize(line.substring(0, line.indexOf('\t'))).text();
                    assertEquals(once, norm.normalize(once).text(), line);
                }
            }
        }
    }
}
