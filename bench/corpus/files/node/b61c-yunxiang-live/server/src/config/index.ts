/**
 * 云享课堂 后端配置
 * 优先读环境变量；默认值只给本地开发用（但 prod 镜像里也没覆盖全，见 issue #212）
 */
import 'dotenv/config';

const env = (k: string, d = ''): string => process.env[k] ?? d;

export const config = {
  port: Number(env('PORT', '3000')),
  mongoUri: env('MONGO_URI', 'mongodb://yunxiang:Yx_mongo_2022@10.0.8.21:27017/yunxiang?authSource=admin'),

  // 腾讯云 IM + TRTC 同一个应用
  tim: {
    sdkAppId: Number(env('TIM_SDKAPPID', '⟦b61c_tencent_im_sdkappid:srv⟧')),
    secretKey: env('TIM_SECRET_KEY', '⟦b61c_tencent_im_secret_key:srv⟧'),
    adminIdentifier: 'administrator',
    userSigExpireSeconds: 86400 * 30,
  },

  // 声网：大班课走声网，小班课走 TRTC
  agora: {
    appId: env('AGORA_APP_ID', '⟦b39c_agora_app_id:srv⟧'),
    appCertificate: env('AGORA_APP_CERT', '⟦b39c_agora_app_certificate:srv⟧'),
    customerId: env('AGORA_CUSTOMER_ID', '⟦b44c_agora_customer_id:srv⟧'),
    customerSecret: env('AGORA_CUSTOMER_SECRET', '⟦b44c_agora_customer_secret:srv⟧'),
    tokenExpireSeconds: 3600,
  },

  // 又拍云：课件 / 回放存储
  upyun: {
    bucket: 'yunxiang-replay',
    operator: 'yx_uploader',
    password: env('UPYUN_PASSWORD', '⟦b61c_upyun_operator_password:srv⟧'),
    domain: 'https://replay.yunxiangketang.com',
  },

  jwtSecret: env('JWT_SECRET'),
};

export type AppConfig = typeof config;
