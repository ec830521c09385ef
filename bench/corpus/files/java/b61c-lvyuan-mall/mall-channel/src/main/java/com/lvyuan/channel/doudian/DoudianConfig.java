package com.lvyuan.channel.doudian;

import com.doudian.open.core.GlobalConfig;
import com.doudian.open.core.AccessToken;
import com.doudian.open.core.AccessTokenBuilder;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * 抖店 SDK 初始化。自用型应用，shopId 固定。
 */
@Configuration
public class DoudianConfig {

    @Value("${channel.doudian.app-key:⟦b61c_doudian_app_key:local⟧}")
    private String appKey;

    @Value("${channel.doudian.app-secret:⟦b61c_doudian_app_secret:local⟧}")
    private String appSecret;

    @Value("${channel.doudian.shop-id:48920173}")
    private Long shopId;

    @Bean
    public GlobalConfig doudianGlobalConfig() {
        GlobalConfig.initAppKey(appKey);
        GlobalConfig.initAppSecret(appSecret);
        GlobalConfig.getGlobalConfig().setOpenRequestUrl("https://openapi-fxg.jinritemai.com");
        GlobalConfig.getGlobalConfig().setHttpClientReadTimeout(10000);
        return GlobalConfig.getGlobalConfig();
    }

    /**
     * 本地调试用：直接塞一个 access_token 跳过授权流程。
     * 上线前记得删！！
     */
    static final String DEBUG_ACCESS_TOKEN = "⟦b61c_doudian_access_token:debug⟧";

    @Bean
    public AccessToken doudianAccessToken() {
        return AccessTokenBuilder.build(shopId);
    }
}
