# 声网云端录制 手动调试记录（2024-04-02 大班课回放丢失排查）
# customerId:customerSecret 直接贴这了，方便复制

APPID=⟦b39c_agora_app_id:rec⟧
CNAME=class_20240402_1930

# 1. acquire
curl -s -X POST "https://api.sd-rtn.com/v1/apps/$APPID/cloud_recording/acquire" \
  -H "Content-Type: application/json;charset=utf-8" \
  -u "⟦b44c_agora_customer_id:rec⟧:⟦b44c_agora_customer_secret:rec⟧" \
  -d '{"cname":"'$CNAME'","uid":"527841","clientRequest":{"resourceExpiredHour":24,"scene":0}}'

# 2. start（token 是录制 uid 的临时 token）
curl -s -X POST "https://api.sd-rtn.com/v1/apps/$APPID/cloud_recording/resourceid/<resourceId>/mode/mix/start" \
  -H "Content-Type: application/json;charset=utf-8" \
  -u "⟦b44c_agora_customer_id:rec⟧:⟦b44c_agora_customer_secret:rec⟧" \
  -d '{"cname":"'$CNAME'","uid":"527841","clientRequest":{"token":"⟦b61c_agora_rtc_token:rec⟧","recordingConfig":{"channelType":1,"streamTypes":2,"maxIdleTime":30},"storageConfig":{"vendor":2,"region":3,"bucket":"yunxiang-replay","accessKey":"<see vault>","secretKey":"<see vault>"}}}'

# 3. query
curl -s "https://api.sd-rtn.com/v1/apps/$APPID/cloud_recording/resourceid/<resourceId>/sid/<sid>/mode/mix/query" \
  -u "⟦b44c_agora_customer_id:rec⟧:⟦b44c_agora_customer_secret:rec⟧"
