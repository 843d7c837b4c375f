package dev.livesell.script.offline;

import dev.livesell.core.PersonaStyle;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

/**
 * The offline generator's phrasing: several templates per slot, per language and persona style.
 * Templates carry no facts of their own (no numbers, materials, origins, certifications or claims);
 * every fact comes from a placeholder filled from the data ({@code {title}}, {@code {value}}, {@code {price}} ...).
 * Immutable and thread-safe.
 */
final class PhraseBook {
    private final Map<String, List<String>> templates = new HashMap<>();

    static final PhraseBook INSTANCE = new PhraseBook();

    private PhraseBook() {
        zh();
        en();
    }

    /** Picks a template for the slot ({@code a+b} unites slots), from the style's own phrasing and the shared one. */
    String pick(String lang, PersonaStyle style, String slot, Random random) {
        return pick(lang, style, slot, random, java.util.Set.of());
    }

    /** Picks a template not in {@code avoid} when the slot has one. */
    String pick(String lang, PersonaStyle style, String slot, Random random, java.util.Set<String> avoid) {
        List<String> options = new ArrayList<>();
        for (String sl : slot.split("\\+")) {
            options.addAll(templates.getOrDefault(key(lang, style.jsonName(), sl), List.of()));
            options.addAll(templates.getOrDefault(key(lang, "any", sl), List.of()));
        }
        if (options.isEmpty()) {
            throw new IllegalStateException("no template for " + lang + "/" + style + "/" + slot);
        }
        List<String> fresh = options.stream().filter(o -> !avoid.contains(o)).toList();
        List<String> from = fresh.isEmpty() ? options : fresh;
        return from.get(random.nextInt(from.size()));
    }

    /** Fills {@code {name}} placeholders. */
    static String fill(String template, String... pairs) {
        String out = template;
        for (int i = 0; i + 1 < pairs.length; i += 2) {
            out = out.replace("{" + pairs[i] + "}", pairs[i + 1]);
        }
        return out;
    }

    private static String key(String lang, String style, String slot) {
        return lang + "." + style + "." + slot;
    }

    private void put(String lang, String style, String slot, String... variants) {
        templates.computeIfAbsent(key(lang, style.toLowerCase(Locale.ROOT), slot), k -> new ArrayList<>()).addAll(List.of(variants));
    }

    private void zh() {
        String z = "zh";
        put(z, "energetic", "greeting", "家人们晚上好！欢迎来到{host}的直播间，新进来的朋友点个关注不迷路！",
                "哈喽哈喽，直播间的家人们大家好！我是{host}，今天的好物已经给大家备好了！");
        put(z, "expert", "greeting", "大家好，欢迎来到直播间，我是{host}。今天还是老规矩，每款产品的信息我都会讲清楚。",
                "欢迎各位，我是{host}。今天我们一款一款看，参数、规格、价格都摆在明面上。");
        put(z, "warm", "greeting", "姐妹们晚上好呀，欢迎回家，我是{host}。", "宝子们来啦，我是{host}，今天陪大家慢慢挑。");
        put(z, "playful", "greeting", "来来来，路过的朋友别划走，我是{host}，今天讲得有趣又实在！",
                "欢迎来到{host}的直播间，先点关注，后看好物，咱们边聊边逛！");
        put(z, "any", "catchphrase", "老规矩：{value}");
        put(z, "any", "luckybag", "福袋已经给大家挂上了，点个关注、发个评论就能参与。",
                "左上角福袋开了，评论区打“想要”就能参与，中了记得查看消息。");
        put(z, "any", "lineup", "今天给大家准备的有：{titles}。", "先给大家过一下今天的清单：{titles}。");

        put(z, "energetic", "hook", "家人们看过来！接下来这款是{title}！", "来了来了！{title}，等它的朋友们注意了！");
        put(z, "expert", "hook", "下面我们来看这款{title}。", "接下来介绍{title}，信息我逐条给大家讲。");
        put(z, "warm", "hook", "姐妹们，下面这款{title}，我想跟你们好好聊聊。", "接下来给宝子们看看这款{title}。");
        put(z, "playful", "hook", "下一位登场嘉宾：{title}！掌声在哪里？", "注意注意，{title}闪亮登场！");
        put(z, "any", "brand", "品牌是{brand}。");
        put(z, "any", "pain", "挑{leaf}的时候，是不是总担心买回去不合适？", "很多朋友说选{leaf}容易挑花眼，今天咱们把信息摆出来看。",
                "买{leaf}怕踩雷的朋友，这一段一定要听。");
        put(z, "any", "pain_fit", "这款的{key}是{value}，符合的朋友可以重点看看。", "先说清楚{key}：{value}，对得上的朋友接着往下听。");
        put(z, "energetic", "sp", "重点来了！{sp}！", "大家听好了：{sp}！");
        put(z, "expert", "sp", "我们看产品信息：{sp}。", "具体来说，{sp}。");
        put(z, "warm", "sp", "跟姐妹们说一下，{sp}。", "这一点我特别想说：{sp}。");
        put(z, "playful", "sp", "敲黑板：{sp}。", "划重点啦：{sp}。");
        put(z, "any", "sp_next", "还有一点：{sp}。", "再跟大家说：{sp}。");
        put(z, "any", "attr", "{key}是{value}。", "给大家看一下{key}：{value}。");
        put(z, "any", "demo", "镜头给到近景，大家看一下细节。", "我拿到镜头前，大家仔细看。", "上手给大家展示一下。");
        put(z, "any", "demo_attr", "{key}是{value}，镜头前给大家看清楚。", "大家看，{key}：{value}。");
        put(z, "any", "price_ref", "日常价{ref}，今天直播间{price}。", "这款日常价是{ref}，直播间的价格是{price}。");
        put(z, "any", "price_plain", "直播间价格{price}。", "这款在直播间是{price}。");
        put(z, "any", "coupon", "下单可以用{label}的券。", "直播间还有{label}的券可以用。");
        put(z, "any", "best", "用券后到手{best}。", "算下来用券后是{best}。");
        put(z, "any", "stock", "这次直播间备货{stock}件。", "本场备货{stock}件。");
        put(z, "any", "push_sold_out", "喜欢的朋友先点收藏，补货后我们再上链接。");
        put(z, "any", "stock_out", "这款本场的库存已经没有了，想要的朋友可以先收藏，补货会在直播间通知。");
        put(z, "energetic", "interact", "想要的家人在评论区打“想要”，让我看看有多少人！", "扣个“要”，我看看热情够不够！");
        put(z, "expert", "interact", "对参数有疑问的，直接打在公屏上，我逐条回答。", "大家有关心的点可以发在评论区，我来解答。");
        put(z, "warm", "interact", "用过{leaf}的姐妹，评论区说说你的感受呀。", "有什么想问的，直接打在公屏上，我都会看。");
        put(z, "playful", "interact", "觉得这款可以的，评论区给我刷个“可以”！", "想要的扣“想要”，不想要的扣“再看看”，我都接受！");
        put(z, "energetic", "push", "准备好了吗？上链接！点下方小黄车就能拍！", "链接已经上好了，喜欢的家人直接拍！");
        put(z, "expert", "push", "链接已经上架，在下方购物车里，按需下单就好。", "需要的朋友可以点小黄车下单了。");
        put(z, "warm", "push", "喜欢的姐妹可以去小黄车看看，链接已经挂好啦。", "链接给大家挂上了，按自己需要拍就好。");
        put(z, "playful", "push", "链接上车啦！小黄车里等你！", "小黄车已就位，喜欢就带它回家！");
        put(z, "any", "qa", "有朋友问{key}，这款的{key}是{value}。", "评论区问{key}的，{key}是{value}。");
        put(z, "any", "qa_price", "有朋友问现在什么价，直播间价格{price}。");
        put(z, "any", "qa_unknown", "还有其他问题的，打在公屏上，我核实后回复大家。");
        put(z, "any", "transition", "好，这款就先讲到这里，我们来看下一款。", "这款先介绍到这儿，接下来看下一个好物。");
        put(z, "any", "transition_last", "这款就讲到这里，还没看清楚的可以去小黄车看详情。");
        put(z, "any", "pain_regulated", "这类产品，大家先看清楚批准文号或注册证号，再看说明书。", "下单前请先看清楚产品的批准信息和说明书。");
        put(z, "any", "interact_regulated", "对用法用量有疑问的，打在公屏上，我按说明书给大家解答。", "关于怎么用的问题，发在评论区，我对照说明书回复。");
        put(z, "any", "fallback_greeting", "欢迎来到直播间，新来的朋友点个关注！");
        put(z, "any", "fallback_lucky_bag", "福袋已经挂上了，评论区参与就行。");
        put(z, "any", "fallback_lineup_preview", "今天的好物都已经放进小黄车了，大家可以先看看。");
        put(z, "any", "fallback_hook", "接下来给大家看这一款。");
        put(z, "any", "fallback_pain_point", "买东西怕踩雷的朋友，这一段一定要听。");
        put(z, "any", "fallback_selling_point", "这款的详细参数都在商品详情页，大家可以点开看看。");
        put(z, "any", "fallback_demo", "镜头给到近景，大家看一下细节。");
        put(z, "any", "fallback_price_offer", "价格以小黄车页面显示为准。");
        put(z, "any", "fallback_interaction", "有什么想问的，直接打在公屏上。");
        put(z, "any", "fallback_push_to_buy", "需要的朋友可以点小黄车下单。");
        put(z, "any", "fallback_qa", "还有其他问题的，打在公屏上，我核实后回复大家。");
        put(z, "any", "fallback_transition", "这款先讲到这里。");
        put(z, "any", "fallback_recap", "今天的好物都在小黄车里，没来得及拍的可以再看看。");
        put(z, "any", "fallback_next_stream", "感谢大家的陪伴，我们下次见！");
        put(z, "any", "caution", "温馨提示，{key}：{value}。");
        put(z, "any", "approved", "经批准的功能/适应症是：{claims}{number}，请以说明书为准。");
        put(z, "any", "notice_drug", "请按药品说明书或者在药师指导下购买和使用。");
        put(z, "any", "notice_device", "请仔细阅读产品说明书或者在医务人员的指导下购买和使用。");
        put(z, "any", "notice_health_food", "本品不能代替药物。");
        put(z, "any", "recap", "今天给大家介绍了：{titles}。", "帮大家回顾一下今天的好物：{titles}。");
        put(z, "any", "recap_item", "{title}，直播间{price}。");
        put(z, "any", "next", "感谢大家的陪伴，点个关注，下次开播提醒不错过，我们下次见！", "今天就到这里啦，谢谢大家，我们下场直播再见！");
    }

    private void en() {
        String e = "en";
        put(e, "energetic", "greeting", "Hey everyone, welcome to the stream! I'm {host}, hit follow so you don't miss a thing!",
                "Hello hello, welcome in! I'm {host} and we've got a great lineup for you today!");
        put(e, "expert", "greeting", "Hi everyone, welcome. I'm {host}. As always, I'll go through every product's details clearly.",
                "Welcome, I'm {host}. Today we'll look at each product one by one: specs, sizes and prices.");
        put(e, "warm", "greeting", "Hi friends, welcome back, I'm {host}.", "So glad you're here, I'm {host}; let's take our time today.");
        put(e, "playful", "greeting", "Don't scroll away! I'm {host}, and today we keep it fun and real.",
                "Welcome to {host}'s stream: follow first, shop later, chat all the way!");
        put(e, "any", "catchphrase", "You know the rule: {value}");
        put(e, "any", "luckybag", "The lucky bag is live: follow and leave a comment to join.",
                "Lucky bag is up in the corner: type \"want\" in the comments to join.");
        put(e, "any", "lineup", "Here's what we have today: {titles}.", "Quick look at today's lineup: {titles}.");
        put(e, "energetic", "hook", "Eyes on the screen! Next up: {title}!", "Here it comes: {title}!");
        put(e, "expert", "hook", "Next, let's look at {title}.", "Now, {title}: I'll go through the details one by one.");
        put(e, "warm", "hook", "Friends, I really want to talk you through this one: {title}.", "Let me show you {title}.");
        put(e, "playful", "hook", "Our next guest on stage: {title}! Where's the applause?", "Make way for {title}!");
        put(e, "any", "brand", "The brand is {brand}.");
        put(e, "any", "pain", "Shopping for {leaf} and worried it won't suit you?", "Lots of you say choosing {leaf} is confusing, so let's look at the facts.");
        put(e, "any", "pain_fit", "Its {key}: {value}. If that matches what you need, stay with me.", "First, the {key}: {value}. If that fits, keep watching.");
        put(e, "energetic", "sp", "Here's the big one: {sp}!", "Listen up: {sp}!");
        put(e, "expert", "sp", "From the product information: {sp}.", "Specifically: {sp}.");
        put(e, "warm", "sp", "I want you to know this: {sp}.", "One thing I love telling you: {sp}.");
        put(e, "playful", "sp", "Pop quiz, write this down: {sp}.", "Key point alert: {sp}.");
        put(e, "any", "sp_next", "Also: {sp}.", "And one more thing: {sp}.");
        put(e, "any", "attr", "{key}: {value}.", "Here's the {key}: {value}.");
        put(e, "any", "demo", "Camera in close, let's look at the details.", "Let me bring it up to the camera.", "Let me show you how it works.");
        put(e, "any", "demo_attr", "{key}: {value}; take a close look.", "See here: {key} is {value}.");
        put(e, "any", "price_ref", "The everyday price is {ref}; in the stream today it's {price}.", "Usually {ref}, here today {price}.");
        put(e, "any", "price_plain", "The price in the stream is {price}.", "In the stream it's {price}.");
        put(e, "any", "coupon", "You can use the {label} coupon.", "There's a {label} coupon for this one.");
        put(e, "any", "best", "With the coupon it comes to {best}.", "After the coupon you pay {best}.");
        put(e, "any", "stock", "We have {stock} units for this stream.", "Stock for this stream: {stock} units.");
        put(e, "any", "push_sold_out", "If you like it, save it; we'll pin the link again after the restock.");
        put(e, "any", "stock_out", "This one is out of stock for this stream; save it and we'll announce a restock here.");
        put(e, "energetic", "interact", "Want it? Type \"want\" in the comments and let me see!", "Drop a \"yes\" if you're in!");
        put(e, "expert", "interact", "Questions about the specs? Post them and I'll answer one by one.", "Tell me in the comments what matters to you.");
        put(e, "warm", "interact", "If you've tried {leaf} before, tell us how it went.", "Ask me anything in the comments, I'm reading them all.");
        put(e, "playful", "interact", "Type \"nice\" if you like it, \"hmm\" if you're not sure; both welcome!", "Comments, go!");
        put(e, "energetic", "push", "Ready? The link is up, tap the cart below!", "Link is live, go grab it!");
        put(e, "expert", "push", "The link is in the cart below; order what you need.", "You can order from the cart now.");
        put(e, "warm", "push", "If you like it, the link is in the cart for you.", "The link's up; take what you need.");
        put(e, "playful", "push", "The link has boarded the cart! See you there.", "Cart's ready when you are!");
        put(e, "any", "qa", "Someone asked about the {key}: it's {value}.", "On the {key} question: {value}.");
        put(e, "any", "qa_price", "Someone asked the price: in the stream it's {price}.");
        put(e, "any", "qa_unknown", "Other questions? Post them and I'll check and get back to you.");
        put(e, "any", "transition", "That's it for this one; let's move on to the next.", "OK, on to the next product.");
        put(e, "any", "transition_last", "That's it for this one; see the cart for the full details.");
        put(e, "any", "pain_regulated", "For products like this, check the approval or registration number and read the instructions first.",
                "Before you order, please check the product's approval details and its instructions.");
        put(e, "any", "interact_regulated", "Questions about how to use it? Post them and I'll answer from the instructions.",
                "Ask about usage in the comments and I'll reply from the label.");
        put(e, "any", "fallback_greeting", "Welcome to the stream; hit follow if you're new!");
        put(e, "any", "fallback_lucky_bag", "The lucky bag is live; comment to join.");
        put(e, "any", "fallback_lineup_preview", "Everything for today is already in the cart; take a look.");
        put(e, "any", "fallback_hook", "Here's the next one.");
        put(e, "any", "fallback_pain_point", "Worried about buying the wrong thing? Stay with me for this part.");
        put(e, "any", "fallback_selling_point", "The full details are on the product page; tap to have a look.");
        put(e, "any", "fallback_demo", "Camera in close, let's look at the details.");
        put(e, "any", "fallback_price_offer", "The price is the one shown in the cart.");
        put(e, "any", "fallback_interaction", "Any questions? Post them in the comments.");
        put(e, "any", "fallback_push_to_buy", "You can order from the cart now.");
        put(e, "any", "fallback_qa", "Other questions? Post them and I'll check and get back to you.");
        put(e, "any", "fallback_transition", "That's it for this one.");
        put(e, "any", "fallback_recap", "Everything from today is in the cart if you missed it.");
        put(e, "any", "fallback_next_stream", "Thanks for watching, see you next time!");
        put(e, "any", "caution", "Please note, {key}: {value}.");
        put(e, "any", "approved", "Its approved function or indication: {claims}{number}; see the instructions for details.");
        put(e, "any", "notice_drug", "Please buy and use it according to the package insert or under a pharmacist's guidance.");
        put(e, "any", "notice_device", "Please read the instructions carefully, or buy and use it under the guidance of medical staff.");
        put(e, "any", "notice_health_food", "This product is not a substitute for medicine.");
        put(e, "any", "recap", "Today we looked at: {titles}.", "A quick recap of today: {titles}.");
        put(e, "any", "recap_item", "{title}, {price} in the stream.");
        put(e, "any", "next", "Thanks for watching! Follow so you get notified next time. See you!", "That's all for today, thank you and see you next stream!");
    }
}
