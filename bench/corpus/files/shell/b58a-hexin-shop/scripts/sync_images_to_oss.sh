#!/usr/bin/env bash
# 把设计部 NAS 上导出的主图同步到 OSS (hexin-mall-img)
# 用法: ./sync_images_to_oss.sh 2024-11-double11
# 依赖: ossutil64 1.7.x  (yum 装不了, 去 https://help.aliyun.com/zh/oss/developer-reference/ossutil 下)
set -euo pipefail

BATCH="${1:?need batch folder, e.g. 2024-11-double11}"
SRC="/mnt/nas/design/export/${BATCH}"
DEST="oss://hexin-mall-img/sku/${BATCH}/"
ENDPOINT="oss-cn-shenzhen.aliyuncs.com"

# 子账号 hexin-img-uploader (只有 hexin-mall-img 的 PutObject 权限)
AK_ID="⟦alibaba_access_key_id:uploader⟧"
AK_SECRET="⟦alibaba_access_key_secret:uploader⟧"

if [[ ! -d "$SRC" ]]; then
  echo "源目录不存在: $SRC" >&2
  exit 1
fi

count=$(find "$SRC" -type f \( -iname '*.jpg' -o -iname '*.png' -o -iname '*.webp' \) | wc -l)
echo "[$(date +%F\ %T)] 准备上传 ${count} 张图 -> ${DEST}"

ossutil64 cp -r -u "$SRC" "$DEST" \
  -e "$ENDPOINT" \
  -i "$AK_ID" \
  -k "$AK_SECRET" \
  --include "*.jpg" --include "*.png" --include "*.webp" \
  --jobs 8 --parallel 4 \
  --meta "Cache-Control:max-age=2592000"

# 刷新 CDN 目录缓存
aliyun cdn RefreshObjectCaches --ObjectPath "https://img.hexinyouxuan.cn/sku/${BATCH}/" --ObjectType Directory \
  --access-key-id "$AK_ID" --access-key-secret "$AK_SECRET" --region cn-shenzhen

echo "done."
