package dev.livesell.fraud;

/**
 * Context cues shared by the built-in rules: negation before a term in its clause ("不能治病", "does not
 * cure") and disclaimers in its sentence ("请遵医嘱", "以批准内容为准"). Linear-time, allocation-light.
 */
final class ClaimContext {
    private static final String[] ZH_NEGATIONS = {"不", "没", "非", "未", "无法", "勿", "别", "并非", "谈不上", "禁止"};
    private static final String[] EN_NEGATIONS = {"not", "no", "never", "nor", "cannot", "n't", "n’t", "neither", "won't"};
    private static final String[] DISCLAIMERS = {"遵医嘱", "咨询医生", "请就医", "及时就医", "医生指导下", "看医生",
        "不能代替", "不能替代", "不代替", "不可代替", "不可替代", "以批准内容为准", "以批准为准", "按医嘱",
        "consult your doctor", "consult a doctor", "not a substitute", "see a doctor", "not intended to"};
    private static final int ZH_WINDOW = 6;
    private static final int EN_WINDOW = 24;

    private final String s;
    private final int[] sentence; // sentence index per position
    private final boolean[] disclaimed; // per sentence

    ClaimContext(String s) {
        this.s = s;
        int n = s.length();
        sentence = new int[n + 1];
        int id = 0;
        for (int i = 0; i < n; i++) {
            sentence[i] = id;
            if (isSentenceEnd(s.charAt(i))) {
                id++;
            }
        }
        sentence[n] = id;
        disclaimed = new boolean[id + 1];
        for (String d : DISCLAIMERS) {
            int i = s.indexOf(d);
            while (i >= 0) {
                disclaimed[sentence[i]] = true;
                i = s.indexOf(d, i + 1);
            }
        }
    }

    /** A negation shortly before {@code b} in its clause, or a disclaimer in its sentence. */
    boolean excuses(int b) {
        return disclaimed[sentence[Math.min(b, s.length())]] || negated(b);
    }

    private static boolean isSentenceEnd(char c) {
        return c == '。' || c == '!' || c == '！' || c == '?' || c == '？' || c == '\n' || c == ';' || c == '；';
    }

    static boolean isClauseEnd(char c) {
        return c == '，' || c == ',' || c == '。' || c == '!' || c == '！' || c == '?' || c == '？' || c == ';'
                || c == '；' || c == '\n' || c == '.' || c == '但' || c == ':' || c == '：';
    }

    static boolean isLatin(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }

    boolean negated(int b) {
        boolean latin = b < s.length() && isLatin(s.charAt(b));
        int window = latin ? EN_WINDOW : ZH_WINDOW;
        int from = b;
        while (from > 0 && b - from < window && !isClauseEnd(s.charAt(from - 1))) {
            from--;
        }
        String w = s.substring(from, b);
        for (String cue : ZH_NEGATIONS) {
            if (w.contains(cue)) {
                return true;
            }
        }
        for (String cue : EN_NEGATIONS) {
            int i = w.indexOf(cue);
            while (i >= 0) {
                boolean left = cue.startsWith("n'") || cue.startsWith("n’") || i == 0 || !isLatin(w.charAt(i - 1));
                boolean right = i + cue.length() >= w.length() || !isLatin(w.charAt(i + cue.length()));
                if (left && right) {
                    return true;
                }
                i = w.indexOf(cue, i + 1);
            }
        }
        return false;
    }
}
