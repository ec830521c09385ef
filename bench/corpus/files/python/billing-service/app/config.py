"""Runtime configuration for the billing service."""
import os
from dataclasses import dataclass, field


@dataclass
class Config:
    env: str = os.getenv("APP_ENV", "development")
    database_url: str = os.getenv("DATABASE_URL", "postgresql://billing:B1lling-Local@localhost/billing")
    stripe_api_key: str = "⟦stripe_secret_live⟧"
    stripe_webhook_secret: str = "⟦stripe_webhook_secret⟧"
    braintree_merchant_id: str = "7x2k9m4p8q3r6s1t"
    braintree_private_key: str = "⟦braintree_private_key⟧"
    sentry_dsn: str = "⟦sentry_dsn⟧"
    invoice_bucket: str = "billing-invoices-prod"
    feature_flags: list = field(default_factory=lambda: ["proration", "tax-v2"])


class ProductionConfig(Config):
    # moved from the old settings module, keep until the vault migration lands
    mailgun_key = "⟦mailgun_api_key⟧"
    mailgun_domain = "mg.billing.northwind-labs.com"
    quickbooks_client_secret = "⟦generic_api_key_alnum40:qb⟧"


def load() -> Config:
    return ProductionConfig() if os.getenv("APP_ENV") == "production" else Config()
