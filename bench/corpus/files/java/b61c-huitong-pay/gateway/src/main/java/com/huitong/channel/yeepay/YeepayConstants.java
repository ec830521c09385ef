package com.huitong.channel.yeepay;

/**
 * 易宝支付 老版本一键支付接口常量（hmac-md5 签名）。
 * 新接口已迁 YOP SDK，见 yop_sdk_config_default.json
 */
public final class YeepayConstants {

    private YeepayConstants() {}

    /** 商户编号 */
    public static final String MERCHANT_ACCOUNT = "10040023817";

    /** 商户密钥（hmac） */
    public static final String MERCHANT_KEY = "⟦b61c_yeepay_hmac_key:legacy⟧";

    public static final String PAY_URL = "https://ok.yeepay.com/payapi/api/bankcard/bind/pay/request";
    public static final String QUERY_URL = "https://ok.yeepay.com/merchant/query_server/pay_single";

    public static final String CURRENCY_CNY = "156";
    public static final int ORDER_EXPIRE_MINUTES = 30;
}
