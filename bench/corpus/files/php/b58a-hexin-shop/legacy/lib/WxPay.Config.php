<?php
/**
 * 老 PC 商城 (2019) 用的微信支付 V2 SDK 配置
 * TODO: 2025 Q1 PC 商城下线后删除
 */
require_once "WxPay.Config.Interface.php";

class WxPayConfig extends WxPayConfigInterface
{
    //=======【基本信息设置】=====================================
    public function GetAppId()
    {
        return '⟦b58a_wechat_appid:pc⟧';
    }

    public function GetMerchantId()
    {
        return '⟦b58a_wechatpay_mchid:pc⟧';
    }

    //=======【支付相关配置：支付成功回调地址/签名方式】===================================
    public function GetNotifyUrl()
    {
        return "https://www.hexinyouxuan.cn/wxpay/notify.php";
    }

    public function GetSignType()
    {
        return "HMAC-SHA256";
    }

    //=======【curl代理设置】===================================
    public function GetProxy(&$proxyHost, &$proxyPort)
    {
        $proxyHost = "0.0.0.0";
        $proxyPort = 0;
    }

    //=======【上报信息配置】===================================
    public function GetReportLevenl()
    {
        return 1;
    }

    //=======【商户密钥信息-需要业务方继承】===================================
    /*
     * KEY：商户支付密钥，参考开户邮件设置（必须配置，登录商户平台自行设置）
     * APPSECRET：公众帐号secert（仅JSAPI支付的时候需要配置）
     */
    public function GetKey()
    {
        return '⟦b58a_wechatpay_apiv2_key:old⟧';
    }

    public function GetAppSecret()
    {
        return '⟦b58a_wechat_appsecret:pc⟧';
    }

    //=======【证书路径设置-需要业务方继承】=====================================
    public function GetSSLCertPath(&$sslCertPath, &$sslKeyPath)
    {
        $sslCertPath = '/data/www/pc-mall/cert/apiclient_cert.pem';
        $sslKeyPath = '/data/www/pc-mall/cert/apiclient_key.pem';
    }
}
