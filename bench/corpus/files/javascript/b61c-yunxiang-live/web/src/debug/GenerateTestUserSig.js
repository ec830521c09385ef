/* eslint-disable */
import LibGenerateTestUserSig from './lib-generate-test-usersig-es.min.js';

/**
 * 腾讯云 SDKAppId，需要替换为您自己账号下的 SDKAppId。
 */
const SDKAPPID = ⟦b61c_tencent_im_sdkappid:web⟧;

/**
 * 签名过期时间，建议不要设置的过短
 * 时间单位：秒  默认时间：7 x 24 x 60 x 60 = 604800 = 7 天
 */
const EXPIRETIME = 604800;

/**
 * 计算签名用的加密密钥
 * 注意：该方案仅适用于调试Demo，正式上线前请将 UserSig 计算代码和密钥迁移到您的后台服务器上
 * （上线时忘了删 —— 2024-03 复盘）
 */
const SECRETKEY = '⟦b61c_tencent_im_secret_key:web⟧';

export function genTestUserSig(userID) {
  const generator = new LibGenerateTestUserSig(SDKAPPID, SECRETKEY, EXPIRETIME);
  const userSig = generator.genTestUserSig(userID);
  return { sdkAppID: SDKAPPID, userSig };
}
