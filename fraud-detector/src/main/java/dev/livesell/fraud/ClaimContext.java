package dev.livesell.fraud;

/**
 * Context cues shared by the built-in rules: negation before a term in its clause ("不能治病", "does not
 * cure") and disclaimers in its sentence ("请遵医嘱", "以批准内容为准"). Linear-time, allocation-light.
 */
final class ClaimContext {
    private static final String[] ZH_NEGATIONS = {"不", "没", "非", "未", "无法", "勿", "别", "并非", "谈不上", "禁止"};
    /** Words holding a negation character that negate nothing ("差不多十个里有九个", "跟别家不一样"). */
    private static final String[] ZH_NOT_NEGATIONS = {"差不多", "不错", "不少", "不仅", "不只", "不光", "不但", "忍不住",
        "不得不", "不停", "不断", "不一样", "没想到", "别家", "别人", "别的", "离不开"};
    private static final String[] EN_NEGATIONS = {"not", "no", "never", "nor", "cannot", "n't", "n’t", "neither", "won't"};
    /** Affirmations that start with a negation word ("no cap" = no lie): they negate nothing. */
    private static final String[] EN_AFFIRMATIONS = {"no cap", "no doubt", "no joke", "no lie", "no kidding", "no wonder",
        "not gonna lie", "not going to lie", "not kidding"};
    private static final String[] DISCLAIMERS = {"遵医嘱", "咨询医生", "请就医", "及时就医", "医生指导下", "看医生",
        "不能代替", "不能替代", "不代替", "不可代替", "不可替代", "以批准内容为准", "以批准为准", "按医嘱",
        "问问医生", "问医生", "问一下医生", "ask your doctor", "ask the doctor", "check with your doctor", "check with your pediatrician",
        "不具有疾病", "不具有治疗", "不具备治疗", "不能治疗", "不能治病", "慎用", "慎食", "慎服", "禁用", "禁食", "不宜",
        "不适宜", "不建议", "医生指导", "专业医生", "专业医师", "请去医院", "建议去医院", "要去医院", "医院检查", "停用", "暂停使用", "暂停食用",
        "停止使用", "不是治疗", "不是药", "不是医疗", "去看医生", "建议去看", "就诊", "does not treat", "not treat", "not cure", "not a medicine", "not a drug",
        "consult your doctor", "consult a doctor", "not a substitute", "see a doctor", "not intended to",
        "按医生", "医生的方案", "听医生的", "遵照医生", "see a dermatologist", "see your dermatologist", "see a pediatrician",
        "see a dentist", "talk to your doctor", "ask a pharmacist", "not meant to diagnose", "not meant to treat",
        "not intended to diagnose", "isn't meant to", "核可功效", "核可的保健功效", "核准的保健功效"};
    /** A figure's named source (广告法 第十一条: data must state where it comes from), which makes it checkable. */
    private static final String[] SOURCES = {"数据来源", "来源：", "来源:", "来源于", "数据在", "可以查", "可查", "查得到",
        "source:", "data from", "according to", "报告编号", "检测报告编号", "report no", "test report no", "report number"};
    /** Words that start a new predicate: a negation before them does not reach the term after ("不上头还养胃"). */
    private static final String[] ZH_SCOPE_BREAKS = {"还", "也", "又", "而且", "并且", "同时", "更"};
    /** Auxiliaries that open an English yes/no question. */
    private static final String[] EN_QUESTION_STARTS = {"can ", "does ", "do ", "will ", "is ", "are ", "could ", "would "};
    /** Verbs that report a viewer's question without a question mark ("@jess asked if it cures acne — no"). */
    private static final String[] EN_REPORTED_QUESTIONS = {"asked if ", "asked whether ", "asks if ", "asks whether ",
        "asking if ", "asking whether ", "wants to know if ", "wanted to know if ", "wondering if ", "wonders if "};
    /** Words that report what a viewer claimed ("弹幕有人说…最便宜的"); excused only when the host then denies it. */
    private static final String[] REPORTED_CLAIMS = {"弹幕有人说", "弹幕说", "评论区有人说", "评论区说", "有人说",
        "有宝子说", "有家人说", "有粉丝说", "someone in chat says", "someone in chat said", "chat says", "someone says",
        "someone said", "people in the comments say", "comments say"};
    /** The host's denial right after a reported claim ("这个我不能认", "It doesn't …"). */
    private static final String[] DENIALS = {"不能认", "不认", "不这么说", "不敢这么说", "不能这么说", "不能这样说", "不是这样",
        "没有这回事", "不对", "不是的", "不敢说", "不敢保证", "不能保证", "doesn't", "does not", "isn't", "is not",
        "not true", "no,", "nope", "can't say that", "won't say that"};
    private static final int DENIAL_REACH = 30;
    /** A phrase the host disowns right after saying it ("没有副作用这种话我不会说"): its clause is excused. */
    private static final String[] DISOWNED = {"这种话我不会说", "这种话我不说", "这种话我不敢说", "这话我不敢说", "这种话不能说",
        "这种话不能乱说", "这话不能乱说"};
    private static final int ZH_WINDOW = 6;
    private static final int EN_WINDOW = 24;

    private final String s;
    private int[] sentence; // sentence index per position (lazy; instances are confined to one rule call)
    private boolean[] disclaimed; // per sentence
    private boolean[] sourcedSentence; // per sentence
    private boolean[] questioned; // per position: inside a question clause that has no question mark
    private boolean[] disownedAt; // per position: inside a clause the host disowns (lazy)

    ClaimContext(String s) {
        this.s = s;
    }

    /** Sentence index per position and disclaimed flags per sentence, computed on first use (most claims never ask). */
    private void init() {
        if (sentence != null) {
            return;
        }
        int n = s.length();
        int[] sent = new int[n + 1];
        int id = 0;
        for (int i = 0; i < n; i++) {
            sent[i] = id;
            if (isSentenceEnd(s.charAt(i))) {
                id++;
            }
        }
        sent[n] = id;
        boolean[] dis = sentencesWith(DISCLAIMERS, sent, id + 1);
        markQuestions(sent, dis);
        disclaimed = dis;
        questioned = markUnpunctuatedQuestions();
        sentence = sent;
    }

    /**
     * Questions a host repeats without a question mark, so that only the question itself is excused and an
     * answer later in the same sentence is still checked: a Chinese clause ending in 吗 before a comma
     * ("有宝子问能治失眠吗，…"), and an English reported question ("asked if …") up to its clause end or dash;
     * and a viewer's claim the host repeats and then denies ("弹幕说这是顶级大红袍，我不这么说").
     */
    private boolean[] markUnpunctuatedQuestions() {
        int n = s.length();
        boolean[] out = new boolean[n + 1];
        int clauseStart = 0;
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (c == '吗') {
                int j = i + 1;
                while (j < n && Character.isWhitespace(s.charAt(j))) {
                    j++;
                }
                if (j == n || s.charAt(j) == '，' || s.charAt(j) == ',') {
                    java.util.Arrays.fill(out, clauseStart, i + 1, true);
                }
            }
            if (endsClause(s, i)) {
                clauseStart = i + 1;
            }
        }
        for (String cue : EN_REPORTED_QUESTIONS) {
            int i = s.indexOf(cue);
            while (i >= 0) {
                if (i == 0 || !isLatin(s.charAt(i - 1))) {
                    int e = i + cue.length();
                    while (e < n && !endsClause(s, e) && s.charAt(e) != '—' && s.charAt(e) != '–') {
                        e++;
                    }
                    java.util.Arrays.fill(out, i, e, true);
                }
                i = s.indexOf(cue, i + 1);
            }
        }
        for (String cue : REPORTED_CLAIMS) {
            int i = s.indexOf(cue);
            while (i >= 0) {
                int e = i + cue.length();
                while (e < n && !endsClause(s, e)) {
                    e++;
                }
                String after = s.substring(Math.min(n, e), Math.min(n, e + DENIAL_REACH));
                for (String d : DENIALS) {
                    if (after.contains(d)) {
                        java.util.Arrays.fill(out, i, e, true);
                        break;
                    }
                }
                i = s.indexOf(cue, i + 1);
            }
        }
        return out;
    }

    /** Per sentence: whether it holds one of the phrases (the text is normalized, so already lower-case). */
    private boolean[] sentencesWith(String[] phrases, int[] sent, int sentences) {
        boolean[] out = new boolean[sentences];
        for (String d : phrases) {
            int i = s.indexOf(d);
            while (i >= 0) {
                out[sent[i]] = true;
                i = s.indexOf(d, i + 1);
            }
        }
        return out;
    }

    /**
     * Yes/no questions ("能治脚气吗？", "Can it cure acne?") ask about a claim rather than make it (a host
     * quoting a viewer's comment before answering): they excuse negatable terms like a disclaimer does.
     */
    private void markQuestions(int[] sent, boolean[] dis) {
        int start = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '？' || c == '?') {
                int j = i - 1;
                while (j >= start && Character.isWhitespace(s.charAt(j))) {
                    j--;
                }
                boolean zh = j >= start && (s.charAt(j) == '吗' || s.charAt(j) == '么' || s.charAt(j) == '嘛');
                if (zh || startsWithAuxiliary(s.substring(start, i))) {
                    dis[sent[i]] = true;
                }
            }
            if (isSentenceEnd(c)) {
                start = i + 1;
            }
        }
    }

    private static boolean startsWithAuxiliary(String sentence) {
        String t = sentence.strip().toLowerCase(java.util.Locale.ROOT);
        int colon = Math.max(t.lastIndexOf(':'), t.lastIndexOf('：'));
        if (colon >= 0) {
            t = t.substring(colon + 1).strip();
        }
        for (String aux : EN_QUESTION_STARTS) {
            if (t.startsWith(aux)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether {@code b} sits in a clause the host disowns in the same breath ("没有副作用这种话我不会说"):
     * excuses every term, negatable or not (the clause is quoted to be rejected).
     */
    boolean disowned(int b) {
        if (disownedAt == null) {
            int n = s.length();
            boolean[] out = new boolean[n + 1];
            for (String cue : DISOWNED) {
                int i = s.indexOf(cue);
                while (i >= 0) {
                    int from = i;
                    while (from > 0 && !endsClause(s, from - 1)) {
                        from--;
                    }
                    java.util.Arrays.fill(out, from, i, true);
                    i = s.indexOf(cue, i + 1);
                }
            }
            disownedAt = out;
        }
        return disownedAt[Math.min(b, s.length())];
    }

    /** Whether the negation {@code cue} at {@code at} is part of a word that negates nothing. */
    private boolean notNegationAt(int at, String cue) {
        for (String p : ZH_NOT_NEGATIONS) {
            int k = p.indexOf(cue);
            while (k >= 0) {
                if (at - k >= 0 && s.startsWith(p, at - k)) {
                    return true;
                }
                k = p.indexOf(cue, k + 1);
            }
        }
        return false;
    }

    private static boolean affirmationAt(String w, int i) {
        for (String a : EN_AFFIRMATIONS) {
            if (w.startsWith(a, i)) {
                return true;
            }
        }
        return false;
    }

    /** A negation shortly before {@code b} in its clause, a disclaimer or question in its sentence, or a repeated question around it. */
    boolean excuses(int b) {
        init();
        return disclaimed[sentence[Math.min(b, s.length())]] || questioned[Math.min(b, s.length())] || negated(b);
    }

    /** Whether the sentence at {@code b} names where its figures come from (excuses unverifiable-data terms only). */
    boolean sourced(int b) {
        init();
        if (sourcedSentence == null) {
            sourcedSentence = sentencesWith(SOURCES, sentence, disclaimed.length);
        }
        return sourcedSentence[sentence[Math.min(b, s.length())]];
    }

    static boolean isSentenceEnd(char c) {
        return c == '。' || c == '!' || c == '！' || c == '?' || c == '？' || c == '\n' || c == ';' || c == '；';
    }

    static boolean isClauseEnd(char c) {
        return c == '，' || c == ',' || c == '。' || c == '!' || c == '！' || c == '?' || c == '？' || c == ';'
                || c == '；' || c == '\n' || c == '.' || c == '但' || c == ':' || c == '：';
    }

    /** A clause end at {@code i}, except a ',' or '.' between digits ("10,000", "99.9%"). */
    static boolean endsClause(String s, int i) {
        char c = s.charAt(i);
        if ((c == ',' || c == '.') && i > 0 && i + 1 < s.length()
                && Character.isDigit(s.charAt(i - 1)) && Character.isDigit(s.charAt(i + 1))) {
            return false;
        }
        return isClauseEnd(c);
    }

    static boolean isLatin(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }

    boolean negated(int b) {
        boolean latin = b < s.length() && isLatin(s.charAt(b));
        int window = latin ? EN_WINDOW : ZH_WINDOW;
        int from = b;
        while (from > 0 && b - from < window && !endsClause(s, from - 1)) {
            from--;
        }
        String w = s.substring(from, b);
        int lastNegation = -1;
        for (String cue : ZH_NEGATIONS) {
            int i = w.lastIndexOf(cue);
            while (i >= 0 && notNegationAt(from + i, cue)) {
                i = i > 0 ? w.lastIndexOf(cue, i - 1) : -1;
            }
            if (i >= 0) {
                lastNegation = Math.max(lastNegation, i + cue.length());
            }
        }
        if (lastNegation >= 0 && !scopeBreakAfter(w, lastNegation)) {
            return true;
        }
        for (String cue : EN_NEGATIONS) {
            int i = w.indexOf(cue);
            while (i >= 0) {
                boolean left = cue.startsWith("n'") || cue.startsWith("n’") || i == 0 || !isLatin(w.charAt(i - 1));
                boolean right = i + cue.length() >= w.length() || !isLatin(w.charAt(i + cue.length()));
                if (left && right && !affirmationAt(w, i)) {
                    return true;
                }
                i = w.indexOf(cue, i + 1);
            }
        }
        return false;
    }

    private static boolean scopeBreakAfter(String w, int from) {
        for (String brk : ZH_SCOPE_BREAKS) {
            if (w.indexOf(brk, from) >= 0) {
                return true;
            }
        }
        return false;
    }
}
