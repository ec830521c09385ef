"""Celery configuration for the notification workers.

Loaded with app.config_from_object("celeryconfig"). Broker and result backend are the same
ElastiCache cluster (db 0 and 1).
"""
from kombu import Exchange, Queue

broker_url = "rediss://:⟦password:redis⟧@master.notify-redis.x1y2z3.euw1.cache.amazonaws.com:6379/0?ssl_cert_reqs=required"
result_backend = "rediss://:⟦password:redis⟧@master.notify-redis.x1y2z3.euw1.cache.amazonaws.com:6379/1?ssl_cert_reqs=required"

broker_transport_options = {"visibility_timeout": 3600, "socket_keepalive": True}
broker_connection_retry_on_startup = True
result_expires = 60 * 60 * 24

task_serializer = "json"
result_serializer = "json"
accept_content = ["json"]
timezone = "UTC"
enable_utc = True

task_acks_late = True
task_reject_on_worker_lost = True
worker_prefetch_multiplier = 4
worker_max_tasks_per_child = 500

task_default_queue = "default"
task_queues = (
    Queue("default", Exchange("default"), routing_key="default"),
    Queue("sms", Exchange("sms"), routing_key="sms"),
    Queue("email", Exchange("email"), routing_key="email"),
)
task_routes = {
    "tasks.sms.*": {"queue": "sms"},
    "tasks.email.*": {"queue": "email"},
}

beat_schedule = {
    "retry-failed-sms": {"task": "tasks.sms.retry_failed", "schedule": 300.0},
    "purge-old-delivery-receipts": {"task": "tasks.sms.purge_receipts", "schedule": 86400.0},
}

# flower --conf=celeryconfig.py
basic_auth = ["ops:Fl0wer-ops-2024"]
port = 5555
