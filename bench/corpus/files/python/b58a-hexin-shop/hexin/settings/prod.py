"""
禾新优选 (Hexin Select) — production settings.

Shenzhen ops box: hx-prod-01 (cn-shenzhen, ecs.g7.xlarge)
Deployed by scripts/deploy.sh; do NOT import this module in local dev, use settings/dev.py.
"""
import os
from pathlib import Path

from .base import *  # noqa: F401,F403

BASE_DIR = Path(__file__).resolve().parent.parent.parent

DEBUG = False
ALLOWED_HOSTS = [
    "api.hexinyouxuan.cn",
    "admin.hexinyouxuan.cn",
    "127.0.0.1",
]

# TODO(liwei): move to KMS once the RAM policy for the ECS role is approved
SECRET_KEY = os.environ.get("DJANGO_SECRET_KEY", "⟦django_secret_key:prod⟧")

CSRF_TRUSTED_ORIGINS = ["https://admin.hexinyouxuan.cn"]
SESSION_COOKIE_SECURE = True
CSRF_COOKIE_SECURE = True

# ---------------------------------------------------------------------------
# Database (RDS MySQL 8.0, rm-wz9 instance, internal endpoint)
# ---------------------------------------------------------------------------
DATABASES = {
    "default": {
        "ENGINE": "django.db.backends.mysql",
        "NAME": "hexin_mall",
        "USER": "hexin_app",
        "PASSWORD": os.environ.get("DB_PASSWORD", "Hx_mall#2023sz"),
        "HOST": "rm-wz9k2f7h1x0c3a8bn.mysql.rds.aliyuncs.com",
        "PORT": 3306,
        "OPTIONS": {"charset": "utf8mb4", "init_command": "SET sql_mode='STRICT_TRANS_TABLES'"},
        "CONN_MAX_AGE": 60,
    },
    "report": {
        "ENGINE": "django.db.backends.mysql",
        "NAME": "hexin_report",
        "USER": "report_ro",
        "PASSWORD": os.environ["REPORT_DB_PASSWORD"],
        "HOST": "rr-wz9f3k1m2n7c8b0xa.mysql.rds.aliyuncs.com",
        "PORT": 3306,
    },
}

CACHES = {
    "default": {
        "BACKEND": "django_redis.cache.RedisCache",
        "LOCATION": "redis://:⟦db_password:redis⟧@r-wz9c1b7e5a2d4f6h.redis.rds.aliyuncs.com:6379/1",
        "OPTIONS": {"CLIENT_CLASS": "django_redis.client.DefaultClient"},
    }
}

# ---------------------------------------------------------------------------
# Aliyun OSS — product images & invoices
# bucket: hexin-mall-img (public-read), hexin-invoice (private)
# ---------------------------------------------------------------------------
OSS_ENDPOINT = "https://oss-cn-shenzhen-internal.aliyuncs.com"
OSS_BUCKET_IMG = "hexin-mall-img"
OSS_BUCKET_INVOICE = "hexin-invoice"
OSS_ACCESS_KEY_ID = os.environ.get("OSS_ACCESS_KEY_ID", "⟦alibaba_access_key_id:oss⟧")
OSS_ACCESS_KEY_SECRET = os.environ.get("OSS_ACCESS_KEY_SECRET", "⟦alibaba_access_key_secret:oss⟧")
OSS_CDN_DOMAIN = "https://img.hexinyouxuan.cn"

# ---------------------------------------------------------------------------
# WeChat mini program + WeChat Pay (APIv3)
# ---------------------------------------------------------------------------
WECHAT_MINIAPP = {
    "APPID": "⟦b58a_wechat_appid:mini⟧",
    "SECRET": "⟦b58a_wechat_appsecret:mini⟧",
    "TOKEN_CACHE_KEY": "wx:access_token:mini",
}

WECHAT_PAY = {
    "MCHID": "⟦b58a_wechatpay_mchid:main⟧",
    "APPID": "⟦b58a_wechat_appid:mini⟧",
    "CERT_SERIAL_NO": "⟦b58a_wechatpay_serial_no:main⟧",
    "PRIVATE_KEY_PATH": str(BASE_DIR / "cert" / "apiclient_key.pem"),
    "APIV3_KEY": "⟦b58a_wechatpay_apiv3_key:main⟧",
    "NOTIFY_URL": "https://api.hexinyouxuan.cn/pay/wechat/notify/",
    "PLATFORM_CERT_DIR": str(BASE_DIR / "cert" / "platform"),
}

# 公众号 "禾新优选服务号" — 模板消息 / 客服消息
WECHAT_MP = {
    "APPID": "⟦b58a_wechat_appid:mp⟧",
    "SECRET": "⟦b58a_wechat_appsecret:mp⟧",
    # 服务器配置 (开发 -> 基本配置), 明文模式已改为安全模式
    "TOKEN": "⟦b58a_wechat_mp_token:mp⟧",
    "ENCODING_AES_KEY": "⟦b58a_wechat_encoding_aes_key:mp⟧",
}

# ---------------------------------------------------------------------------
# Alipay open platform (RSA2)
# ---------------------------------------------------------------------------
ALIPAY = {
    "APP_ID": "⟦b58a_alipay_app_id:main⟧",
    "GATEWAY": "https://openapi.alipay.com/gateway.do",
    "SIGN_TYPE": "RSA2",
    "APP_PRIVATE_KEY_PATH": str(BASE_DIR / "cert" / "alipay" / "app_private_key.txt"),
    "ALIPAY_PUBLIC_KEY_PATH": str(BASE_DIR / "cert" / "alipay" / "alipay_public_key.txt"),
    "NOTIFY_URL": "https://api.hexinyouxuan.cn/pay/alipay/notify/",
    "RETURN_URL": "https://m.hexinyouxuan.cn/order/result",
}

# ---------------------------------------------------------------------------
# Alerts -> DingTalk "运维值班" group robot
# ---------------------------------------------------------------------------
DINGTALK_ALERT_WEBHOOK = (
    "https://oapi.dingtalk.com/robot/send?access_token=⟦b58a_dingtalk_robot_token:ops⟧"
)
DINGTALK_ALERT_SECRET = "⟦b58a_dingtalk_robot_secret:ops⟧"

# 钉钉企业内部应用 "禾新审批" (退款审批流回调)
DINGTALK_APP_KEY = "⟦b58a_dingtalk_appkey:approval⟧"
DINGTALK_APP_SECRET = os.environ.get("DINGTALK_APP_SECRET", "⟦b58a_dingtalk_appsecret:approval⟧")

# ---------------------------------------------------------------------------
# 通义千问 (DashScope) — product title rewriting
# ---------------------------------------------------------------------------
DASHSCOPE_API_KEY = os.getenv("DASHSCOPE_API_KEY")
DASHSCOPE_MODEL = "qwen-plus"
TITLE_REWRITE_ENABLED = True

# ---------------------------------------------------------------------------
# Logging
# ---------------------------------------------------------------------------
LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "formatters": {
        "verbose": {"format": "%(asctime)s %(levelname)s %(name)s %(process)d %(message)s"},
    },
    "handlers": {
        "file": {
            "class": "logging.handlers.TimedRotatingFileHandler",
            "filename": "/data/logs/hexin/app.log",
            "when": "midnight",
            "backupCount": 14,
            "formatter": "verbose",
        },
        "sls": {
            "class": "aliyun.log.QueuedLogHandler",
            "end_point": "cn-shenzhen-intranet.log.aliyuncs.com",
            "project": "hexin-prod",
            "log_store": "django",
            "access_key_id": os.environ.get("SLS_AK_ID", ""),
            "access_key": os.environ.get("SLS_AK_SECRET", ""),
        },
    },
    "root": {"handlers": ["file", "sls"], "level": "INFO"},
    "loggers": {
        "django.db.backends": {"level": "WARNING"},
        "hexin.pay": {"level": "DEBUG"},
    },
}

CELERY_BROKER_URL = "redis://:⟦db_password:redis⟧@r-wz9c1b7e5a2d4f6h.redis.rds.aliyuncs.com:6379/5"
CELERY_TIMEZONE = "Asia/Shanghai"
TIME_ZONE = "Asia/Shanghai"
LANGUAGE_CODE = "zh-hans"
