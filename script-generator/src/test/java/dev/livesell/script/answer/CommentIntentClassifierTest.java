package dev.livesell.script.answer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CommentIntentClassifierTest {
    private final CommentIntentClassifier classifier = new CommentIntentClassifier();

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
            "多少钱一瓶 | PRICE",
            "券在哪里领 | PRICE",
            "How much is it? | PRICE",
            "羽绒服160斤穿什么码 | SIZE",
            "面料是什么材质 | MATERIAL",
            "这个适合敏感肌吗 | USAGE",
            "怎么用啊 | USAGE",
            "什么时候发货 | SHIPPING",
            "不满意可以退货吗 | AFTER_SALES",
            "还有货吗 | STOCK",
            "能治湿疹吗 | MEDICAL",
            "孕妇能用吗 | MEDICAL",
            "多久见效 | MEDICAL",
            "和某某比哪个好 | COMPARISON",
            "防水吗 | PRODUCT_INFO",
            "主播好漂亮 | OFF_TOPIC",
            "骗子，垃圾东西 | ABUSIVE",
            "Is it good for sensitive skin? | USAGE",
            "Does it cure acne? | MEDICAL",
            "几岁的孩子能玩 | USAGE",
            "How heavy is it? | SIZE",
            "是真金吗 | MATERIAL",
            "这是谁家生产的 | PRODUCT_INFO",
            "头疼能吃这个吗 | MEDICAL",
            "How much does it hold? | SIZE"})
    void classifiesTypicalLiveComments(String comment, CommentIntent expected) {
        assertEquals(expected, classifier.classify(comment));
    }

    /** Vocabulary of the bundled sample catalog's electronics, appliances and produce is not abuse, medicine or price. */
    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
            "这个USB-C口能给笔记本充电吗 | PRODUCT_INFO",
            "Can the USB-C port charge a laptop? | PRODUCT_INFO",
            "降噪效果怎么样 | PRODUCT_INFO",
            "这个发热快吗 | PRODUCT_INFO",
            "苹果脆不脆，有没有什么毛病 | PRODUCT_INFO",
            "贵妃芒甜不甜 | PRODUCT_INFO",
            "这个滚筒好洗吗 | PRODUCT_INFO",
            "滚珠轴承的吗 | PRODUCT_INFO",
            "sb主播 | ABUSIVE",
            "滚 | ABUSIVE",
            "滚吧骗子 | ABUSIVE",
            "这个太贵了 | PRICE",
            "孩子发热能用吗 | MEDICAL",
            "祛痘效果怎么样 | MEDICAL",
            "用了对皮肤有效果吗 | MEDICAL"})
    void ordinaryProductWordsAreNotAbuseMedicineOrPrice(String comment, CommentIntent expected) {
        assertEquals(expected, classifier.classify(comment));
    }
}
