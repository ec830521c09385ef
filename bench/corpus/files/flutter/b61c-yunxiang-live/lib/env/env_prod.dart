// 生产环境常量。
// ignore_for_file: constant_identifier_names

class Env {
  static const String apiBase = 'https://api.yunxiangketang.com';
  static const int timSdkAppId = ⟦b61c_tencent_im_sdkappid:flutter⟧;
  static const String agoraAppId = '⟦b39c_agora_app_id:flutter⟧';

  // 审核账号专用：App Store 审核员进直播间用的固定频道 + 临时 token
  // （token 每次提审前手动在声网控制台生成，24h 过期）
  static const String reviewChannel = 'review_room_01';
  static const String reviewRtcToken =
      '⟦b61c_agora_rtc_token:review⟧';

  // 审核账号 IM 登录（UserSig 有效期 180 天，别问为什么这么长）
  static const String reviewUserId = 'apple_review_01';
  static const String reviewUserSig =
      '⟦b61c_tencent_im_usersig:review⟧';

  static const bool enableLog = false;
}
