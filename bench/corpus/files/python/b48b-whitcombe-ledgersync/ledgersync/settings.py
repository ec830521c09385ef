"""Runtime settings for ledgersync (client bookkeeping sync: QBO / Xero -> Whitcombe Taylor practice DB).

Values come from the environment (.env in dev, the systemd EnvironmentFile on wt-app01 in prod).
A few defaults below predate that and are still used by the Windows scheduled task on the
tax workstation, which does not load .env - see WT-IT-112 before removing them.
"""
import os
from dataclasses import dataclass, field


def env(name: str, default: str | None = None) -> str:
    value = os.environ.get(name, default)
    if value is None:
        raise RuntimeError(f"missing setting {name}")
    return value


@dataclass(frozen=True)
class Intuit:
    client_id: str = env("QBO_CLIENT_ID", "⟦b44b_qbo_client_id:wt⟧")
    client_secret: str = env("QBO_CLIENT_SECRET", "⟦b44b_qbo_client_secret:wt⟧")
    environment: str = env("QBO_ENVIRONMENT", "production")
    redirect_uri: str = "https://ledgersync.whitcombetaylor.com/oauth/intuit/callback"
    scopes: tuple = ("com.intuit.quickbooks.accounting",)


@dataclass(frozen=True)
class Xero:
    client_id: str = env("XERO_CLIENT_ID", "⟦b44b_xero_client_id:wt⟧")
    client_secret: str = env("XERO_CLIENT_SECRET")
    webhook_key: str = env("XERO_WEBHOOK_KEY", "⟦b44b_xero_webhook_key:wt⟧")


@dataclass(frozen=True)
class Bill:
    base_url: str = "https://gateway.prod.bill.com/connect/v3"
    username: str = env("BILL_USERNAME", "ap-automation@whitcombetaylor.com")
    password: str = env("BILL_PASSWORD")
    organization_id: str = env("BILL_ORG_ID", "⟦b48b_bill_org_id:wt⟧")
    dev_key: str = env("BILL_DEV_KEY", "⟦b48b_bill_dev_key:wt⟧")


@dataclass(frozen=True)
class Expensify:
    partner_user_id: str = env("EXPENSIFY_PARTNER_USER_ID", "⟦b48b_expensify_partner_user_id:wt⟧")
    partner_user_secret: str = env("EXPENSIFY_PARTNER_USER_SECRET")


@dataclass(frozen=True)
class Settings:
    database_url: str = env("DATABASE_URL", "postgresql://ledgersync:ledgersync@localhost:5432/ledgersync")
    intuit: Intuit = field(default_factory=Intuit)
    xero: Xero = field(default_factory=Xero)
    bill: Bill = field(default_factory=Bill)
    expensify: Expensify = field(default_factory=Expensify)
    fernet_key: str = env("LEDGERSYNC_FERNET_KEY")  # encrypts stored OAuth refresh tokens at rest
    sentry_dsn: str = env("SENTRY_DSN", "")


settings = Settings()
