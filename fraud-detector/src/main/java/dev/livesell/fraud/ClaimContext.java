package dev.livesell.fraud;

/**
 * Context cues shared by the built-in rules: negation before a term in its clause ("不能治病", "does not
 * cure") and disclaimers in its sentence ("请遵医嘱", "以批准内容为准"). Clauses and sentences end at
 * punctuation and at line breaks, including those normalization removed inside a word split across lines
 * ({@link NormalizedText#lineBreakBefore}). Linear-time: clause bounds are computed once, so each cue costs
 * O(1) plus a fixed window.
 */
final class ClaimContext {
    private static final String[] ZH_NEGATIONS = {"不", "没", "非", "未", "无法", "勿", "别", "并非", "谈不上", "说不上", "算不上", "称不上", "禁止",
        "没法", "没办法"};
    /** Words holding a negation character that negate nothing ("差不多十个里有九个", "跟别家不一样"). */
    private static final String[] ZH_NOT_NEGATIONS = {"差不多", "不错", "不少", "不仅", "不只", "不光", "不但", "忍不住",
        "不得不", "不停", "不断", "不一样", "没想到", "别家", "别人", "别的", "离不开",
        // 别 meaning "other, different, apart", not "don't" ("特别能治失眠", "分别是全网最低价和包邮")
        "特别", "级别", "区别", "告别", "分别", "类别", "个别", "识别", "差别", "鉴别", "辨别", "性别", "派别",
        "别致", "别具", "别墅",
        // hedges that vouch for what follows rather than deny it ("不吹不黑全网最低价", "没骗你三天见效")
        "不吹不黑", "毫不夸张", "一点不夸张", "不夸张", "不骗你", "没骗你", "不骗人", "没骗人", "不骗大家",
        "不信你", "不信的话", "不用犹豫", "不要犹豫", "别犹豫", "不用怀疑", "别怀疑", "不是我吹", "不瞒你说", "不瞒大家",
        "不废话", "不多说", "不用多说", "不用想", "别想了", "不要错过", "别错过", "不开玩笑", "没开玩笑", "不是开玩笑"};
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
    /**
     * What may stand between a Chinese negation and the term it governs: auxiliaries, verbs of claiming or
     * having, "any" words and pronouns ("不能治病", "不是全网最低", "没有经过临床试验", "不宣称任何治疗作用",
     * "不敢说它能治什么病"). Anything else ends the negation's reach ("不用犹豫全网最低价", "不上头还养胃").
     */
    private static final String[] ZH_NEGATED_AUXILIARIES = {"能", "会", "可以", "可", "是", "敢", "说", "要", "有", "用",
        "能够", "可能", "一定", "具有", "具备", "含", "含有", "添加", "经过", "宣称", "声称", "宣传", "承诺", "保证",
        "做", "涉及", "属于", "算", "任何", "什么", "一点", "那么", "这么", "太", "它", "它们", "这", "这个", "这款",
        "我们", "咱们", "我", "再", "过", "跟你", "跟大家", "和你", "给你", "乱说", "乱讲", "讲", "那种", "所谓", "所谓的",
        "存在", "信", "相信", "叫", "称为", "让", "允许", "提", "代表", "意味着", "你", "您", "大家", "你们", "帮", "帮你",
        "使", "使用后"};
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

    private final NormalizedText text;
    private final String s;
    private final int n;
    private int[] clauseStart; // per position: where its clause starts (lazy)
    private int[] clauseEnd; // per position: the clause end at or after it, or n (lazy)
    private boolean[] flagged; // per position: inside a term another finding reported (lazy)
    private int[] excusedTo; // per position: end of an excused term covering it, else 0 (lazy)
    private int[] sentence; // sentence index per position (lazy; instances are confined to one rule call)
    private boolean[] disclaimed; // per sentence
    private boolean[] sourcedSentence; // per sentence
    private boolean[] questioned; // per position: inside a question clause that has no question mark
    private boolean[] disownedAt; // per position: inside a clause the host disowns (lazy)

    ClaimContext(NormalizedText text) {
        this.text = text;
        this.s = text.text();
        this.n = s.length();
    }

    /**
     * A clause ends at {@code i} of {@code t}: clause punctuation ({@link #endsClause(String, int)}) or a line
     * break that normalization removed after it ("质量不差\n全网最低价" is two clauses).
     */
    static boolean endsClause(NormalizedText t, int i) {
        return endsClause(t.text(), i) || t.lineBreakBefore(i + 1);
    }

    /** A sentence ends at {@code i} of {@code t}: sentence punctuation or a removed line break after it. */
    static boolean endsSentence(NormalizedText t, int i) {
        return isSentenceEnd(t.text().charAt(i)) || t.lineBreakBefore(i + 1);
    }

    /** Clause start and end per position, in one pass each, so every cue costs O(1) to place. */
    private void clauses() {
        if (clauseStart != null) {
            return;
        }
        int[] cs = new int[n + 1];
        int[] ce = new int[n + 1];
        int from = 0;
        for (int i = 0; i < n; i++) {
            cs[i] = from;
            if (endsClause(text, i)) {
                from = i + 1;
            }
        }
        cs[n] = from;
        int to = n;
        ce[n] = n;
        for (int i = n - 1; i >= 0; i--) {
            if (endsClause(text, i)) {
                to = i;
            }
            ce[i] = to;
        }
        clauseStart = cs;
        clauseEnd = ce;
    }

    /**
     * Marks {@code [b, e)} as a term another finding reports: a negation word inside it ("never" in "never
     * breaks", "不" in "保证不长") belongs to that claim and excuses nothing after it.
     */
    void flag(int b, int e) {
        if (flagged == null) {
            flagged = new boolean[n + 1];
        }
        java.util.Arrays.fill(flagged, Math.max(0, b), Math.min(n, e), true);
    }

    /** Inside a term this rule keeps ({@link #flag}) or a phrase another rule reports ({@link NormalizedText#claimed}). */
    private boolean flaggedAt(int i) {
        return flagged != null && flagged[i] || text.claimed(i);
    }

    /**
     * Whether a negation cue ({@link #ZH_NEGATIONS}, {@link #EN_NEGATIONS}) starts at {@code i} of {@code s}.
     * Loose on purpose (no word boundaries, and words that negate nothing count too): it only decides whether
     * another look at the rules can change what {@link #negated} excuses, so it must hold wherever a cue that
     * {@link #negated} might use starts.
     */
    static boolean negationStartsAt(String s, int i) {
        for (String cue : ZH_NEGATIONS) {
            if (s.startsWith(cue, i)) {
                return true;
            }
        }
        for (String cue : EN_NEGATIONS) {
            if (s.startsWith(cue, i)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Marks {@code [b, e)} as a term a negation excused: the negation reaches on over it to the term right
     * after ("并不能根治鼻炎" excuses 鼻炎 too).
     */
    void excused(int b, int e) {
        if (excusedTo == null) {
            excusedTo = new int[n + 1];
        }
        for (int i = Math.max(0, b); i < Math.min(n, e); i++) {
            excusedTo[i] = Math.max(excusedTo[i], e);
        }
    }

    /** Sentence index per position and disclaimed flags per sentence, computed on first use (most claims never ask). */
    private void init() {
        if (sentence != null) {
            return;
        }
        int[] sent = new int[n + 1];
        int id = 0;
        for (int i = 0; i < n; i++) {
            sent[i] = id;
            if (endsSentence(text, i)) {
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
     * and a viewer's claim the host repeats and then denies ("弹幕说这是顶级大红袍，我不这么说"). Linear: each
     * cue finds its clause end in O(1), and the marked ranges of one cue never overlap.
     */
    private boolean[] markUnpunctuatedQuestions() {
        clauses();
        boolean[] out = new boolean[n + 1];
        for (int i = 0; i < n; i++) {
            if (s.charAt(i) == '吗') {
                int j = i + 1;
                while (j < n && Character.isWhitespace(s.charAt(j))) {
                    j++;
                }
                if (j == n || s.charAt(j) == '，' || s.charAt(j) == ',') {
                    java.util.Arrays.fill(out, clauseStart[i], i + 1, true);
                }
            }
        }
        int[] stop = null; // per position: the next clause end or dash at or after it
        for (String cue : EN_REPORTED_QUESTIONS) {
            int filled = 0;
            int i = s.indexOf(cue);
            while (i >= 0) {
                if (i == 0 || !isLatin(s.charAt(i - 1))) {
                    if (stop == null) {
                        stop = dashOrClauseEnds();
                    }
                    int e = stop[i + cue.length()];
                    java.util.Arrays.fill(out, Math.max(i, filled), e, true);
                    filled = Math.max(filled, e);
                }
                i = s.indexOf(cue, i + 1);
            }
        }
        for (String cue : REPORTED_CLAIMS) {
            int filled = 0;
            int deniedEnd = -1; // the clause end last checked for a denial, and the answer
            boolean denied = false;
            int i = s.indexOf(cue);
            while (i >= 0) {
                int e = clauseEnd[i + cue.length()];
                if (e != deniedEnd) {
                    deniedEnd = e;
                    denied = deniedAfter(e);
                }
                if (denied) {
                    java.util.Arrays.fill(out, Math.max(i, filled), e, true);
                    filled = Math.max(filled, e);
                }
                i = s.indexOf(cue, i + 1);
            }
        }
        return out;
    }

    /** Whether a denial ("这个我不能认", "It doesn't …") starts within {@link #DENIAL_REACH} chars after {@code e}. */
    private boolean deniedAfter(int e) {
        String after = s.substring(Math.min(n, e), Math.min(n, e + DENIAL_REACH));
        for (String d : DENIALS) {
            if (after.contains(d)) {
                return true;
            }
        }
        return false;
    }

    /** Per position: the next clause end or dash at or after it (n if none). */
    private int[] dashOrClauseEnds() {
        int[] stop = new int[n + 1];
        int to = n;
        stop[n] = n;
        for (int i = n - 1; i >= 0; i--) {
            if (endsClause(text, i) || s.charAt(i) == '—' || s.charAt(i) == '–') {
                to = i;
            }
            stop[i] = to;
        }
        return stop;
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
            if (endsSentence(text, i)) {
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
            boolean[] out = new boolean[n + 1];
            for (String cue : DISOWNED) {
                int filled = 0; // ranges of one cue are marked left to right, each position once
                int i = s.indexOf(cue);
                while (i >= 0) {
                    clauses();
                    java.util.Arrays.fill(out, Math.max(clauseStart[i], filled), i, true);
                    filled = Math.max(filled, i);
                    i = s.indexOf(cue, i + 1);
                }
            }
            disownedAt = out;
        }
        return disownedAt[Math.min(b, n)];
    }

    /**
     * Whether the negation {@code cue} at {@code at} is part of a word that negates nothing. 个别 is that word only
     * when its 个 is not a measure word after a demonstrative or a number (这个别信, 一个别说: "don't").
     */
    private boolean notNegationAt(int at, String cue) {
        for (String p : ZH_NOT_NEGATIONS) {
            int k = p.indexOf(cue);
            while (k >= 0) {
                if (at - k >= 0 && s.startsWith(p, at - k) && !(p.equals("个别") && measureWordGe(at - k))) {
                    return true;
                }
                k = p.indexOf(cue, k + 1);
            }
        }
        return false;
    }

    /** Whether the 个 at {@code i} counts after a demonstrative or a number (这个, 那个, 哪个, 每个, 一个, 3个, 几个). */
    private boolean measureWordGe(int i) {
        if (i <= 0) {
            return false;
        }
        char c = s.charAt(i - 1);
        return "这那哪每某各几半一二两三四五六七八九十百千万".indexOf(c) >= 0 || c >= '0' && c <= '9';
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

    /**
     * Whether a negation governs the term at {@code b}: it stands in the term's clause and right before it
     * ("不能治病", "并非全网最低"), or only auxiliaries lie between ("不是", "不会", "没有", "不敢说"); for English,
     * a negation word shortly before it in its clause ("does not cure", "never claims to cure"). Negation
     * words that negate nothing (不错, 不吹不黑, 毫不夸张, no doubt) and words inside a term another finding
     * reports ({@link #flag}, {@link NormalizedText#claimed}) do not count.
     */
    boolean negated(int b) {
        clauses();
        b = Math.min(b, n);
        boolean latin = b < n && isLatin(s.charAt(b));
        int from = Math.max(clauseStart[b], b - (latin ? EN_WINDOW : ZH_WINDOW));
        for (int i = from; i < b; i++) { // the window is short: at most ZH_WINDOW/EN_WINDOW positions
            for (String cue : ZH_NEGATIONS) {
                if (i + cue.length() <= b && s.startsWith(cue, i) && !notNegationAt(i, cue) && !flaggedAt(i)
                        && governs(i + cue.length(), b)) {
                    return true;
                }
            }
        }
        String w = s.substring(from, b);
        for (String cue : EN_NEGATIONS) {
            int i = w.indexOf(cue);
            while (i >= 0) {
                boolean left = cue.startsWith("n'") || cue.startsWith("n’") || i == 0 || !isLatin(w.charAt(i - 1));
                boolean right = i + cue.length() >= w.length() || !isLatin(w.charAt(i + cue.length()));
                if (left && right && !affirmationAt(w, i) && !flaggedAt(from + i)) {
                    return true;
                }
                i = w.indexOf(cue, i + 1);
            }
        }
        return false;
    }

    /**
     * Whether only auxiliaries ("能", "是", "会", "敢说" ...) and terms the negation already excused
     * ({@link #excused}) lie between a Chinese negation ending at {@code at} and {@code b}.
     */
    private boolean governs(int at, int b) {
        while (at < b) {
            int next = excusedTo != null && excusedTo[at] > at && excusedTo[at] <= b ? excusedTo[at] : -1;
            for (String aux : ZH_NEGATED_AUXILIARIES) {
                if (at + aux.length() <= b && s.startsWith(aux, at)) {
                    next = Math.max(next, at + aux.length());
                }
            }
            if (next < 0) {
                return false;
            }
            at = next;
        }
        return true;
    }
}
