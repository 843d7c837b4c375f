package dev.livesell.fraud;

/** Default legal basis and message per category (PRC law; the same ideas as FTC deception rules). */
final class LawBasis {
    private LawBasis() {
    }

    static String of(ViolationCategory c) {
        switch (c) {
            case ABSOLUTE_TERM: return "广告法 第九条(三)";
            case MEDICAL_CLAIM: return "广告法 第十七条; 食品安全法 第七十三条; 化妆品监督管理条例 第三十七条";
            case EFFICACY_GUARANTEE: return "广告法 第十六条, 第二十八条";
            case FALSE_ENDORSEMENT: return "广告法 第九条(二), 第十六条, 第二十八条";
            case FALSE_PRICE: return "价格法 第十四条; 明码标价和禁止价格欺诈规定";
            case UNVERIFIABLE_DATA: return "广告法 第十一条, 第二十八条";
            case PRESSURE_SCARCITY: return "网络直播营销管理办法(试行); 消费者权益保护法实施条例";
            case FACT_CONTRADICTION: return "广告法 第二十八条(二)";
            default: return "";
        }
    }

    static String message(ViolationCategory c) {
        switch (c) {
            case ABSOLUTE_TERM: return "绝对化用语（最/第一/顶级等）不得用于广告";
            case MEDICAL_CLAIM: return "非药品、医疗器械不得宣称疾病预防、治疗功能或使用医疗用语";
            case EFFICACY_GUARANTEE: return "不得对功效、安全性作保证性承诺或承诺见效时间";
            case FALSE_ENDORSEMENT: return "不得利用国家机关、医生、专家、患者、名人或虚构的奖项、专利、认证作推荐证明";
            case FALSE_PRICE: return "不得使用虚构原价、\"全网最低\"等无法核实的价格比较";
            case UNVERIFIABLE_DATA: return "数据、统计、销量须注明出处且真实可核实";
            case PRESSURE_SCARCITY: return "不得虚构稀缺或制造紧迫感诱导下单";
            case FACT_CONTRADICTION: return "宣传内容与商品或报价的事实不符";
            default: return "";
        }
    }
}
