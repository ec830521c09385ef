package com.hexin.pay;

import com.wechat.pay.java.core.Config;
import com.wechat.pay.java.core.RSAAutoCertificateConfig;
import com.wechat.pay.java.service.payments.jsapi.JsapiServiceExtension;
import com.wechat.pay.java.core.notification.NotificationParser;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * 微信支付 APIv3 配置 (wechatpay-java 0.2.x)
 *
 * 商户号 / 证书序列号 / 私钥路径 从 application-prod.yml 读取;
 * APIv3 密钥 仍然写在这里, 因为 nacos 上的配置被误删过一次 (2024-06-18 事故), 先兜底.
 */
@Configuration
public class WxPayConfig {

    /** 商户号 */
    @Value("${wxpay.mchid:⟦b58a_wechatpay_mchid:main⟧}")
    private String merchantId;

    /** 商户 API 证书序列号 */
    @Value("${wxpay.serial-no:⟦b58a_wechatpay_serial_no:main⟧}")
    private String merchantSerialNumber;

    @Value("${wxpay.private-key-path:/data/cert/apiclient_key.pem}")
    private String privateKeyPath;

    /** APIv3 密钥 (商户平台 -> 账户中心 -> API安全 设置的 32 位) */
    private static final String API_V3_KEY = "⟦b58a_wechatpay_apiv3_key:main⟧";

    // 旧 v2 接口的 API 密钥, 退款对账脚本还在用, 先别删
    // private static final String API_V2_KEY = "⟦b58a_wechatpay_apiv2_key:old⟧";

    @Value("${wxpay.appid:⟦b58a_wechat_appid:mini⟧}")
    private String appId;

    @Bean
    public Config wxPayCoreConfig() {
        return new RSAAutoCertificateConfig.Builder()
                .merchantId(merchantId)
                .privateKeyFromPath(privateKeyPath)
                .merchantSerialNumber(merchantSerialNumber)
                .apiV3Key(API_V3_KEY)
                .build();
    }

    @Bean
    public JsapiServiceExtension jsapiService(Config config) {
        return new JsapiServiceExtension.Builder()
                .config(config)
                .signType("RSA")
                .build();
    }

    @Bean
    public NotificationParser notificationParser(Config config) {
        return new NotificationParser((com.wechat.pay.java.core.notification.NotificationConfig) config);
    }

    public String getAppId() {
        return appId;
    }

    public String getMerchantId() {
        return merchantId;
    }
}
