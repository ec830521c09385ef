"""Pull paid Shopify orders into Odoo as sale.order (cron every 10 min on mvf-erp01).

Odoo user: integration@marrowvalleyfoods.com (API key, Odoo 17 Preferences >
Account Security > New API Key, scope "rpc", no expiry).
"""
import xmlrpc.client
import requests

ODOO_URL = "https://erp.marrowvalleyfoods.com"
ODOO_DB = "mvf_prod"
ODOO_USER = "integration@marrowvalleyfoods.com"
ODOO_KEY = "⟦b45b_odoo_api_key:shopify⟧"

SHOP = "marrow-valley-foods.myshopify.com"
SHOPIFY_TOKEN = "⟦shopify_admin_token:mvf⟧"
SHOPIFY_API = f"https://{SHOP}/admin/api/2024-01"

WAREHOUSE_CODE = "MVF1"


def odoo():
    common = xmlrpc.client.ServerProxy(f"{ODOO_URL}/xmlrpc/2/common")
    uid = common.authenticate(ODOO_DB, ODOO_USER, ODOO_KEY, {})
    models = xmlrpc.client.ServerProxy(f"{ODOO_URL}/xmlrpc/2/object")
    return uid, models


def paid_orders(since_id):
    r = requests.get(
        f"{SHOPIFY_API}/orders.json",
        params={"financial_status": "paid", "status": "any", "since_id": since_id, "limit": 100},
        headers={"X-Shopify-Access-Token": SHOPIFY_TOKEN},
        timeout=30,
    )
    r.raise_for_status()
    return r.json()["orders"]


def partner_id(models, uid, email, name):
    ids = models.execute_kw(ODOO_DB, uid, ODOO_KEY, "res.partner", "search", [[["email", "=", email]]], {"limit": 1})
    if ids:
        return ids[0]
    return models.execute_kw(ODOO_DB, uid, ODOO_KEY, "res.partner", "create", [{"name": name, "email": email}])


def main():
    uid, models = odoo()
    param = models.execute_kw(ODOO_DB, uid, ODOO_KEY, "ir.config_parameter", "get_param", ["mvf.shopify_last_id"])
    last_id = int(param or 0)
    for order in paid_orders(last_id):
        cust = order.get("customer") or {}
        pid = partner_id(models, uid, order["email"], f"{cust.get('first_name', '')} {cust.get('last_name', '')}".strip())
        lines = []
        for li in order["line_items"]:
            prod = models.execute_kw(ODOO_DB, uid, ODOO_KEY, "product.product", "search", [[["default_code", "=", li["sku"]]]], {"limit": 1})
            if not prod:
                print(f"unknown SKU {li['sku']} on order {order['name']}")
                continue
            lines.append((0, 0, {"product_id": prod[0], "product_uom_qty": li["quantity"], "price_unit": float(li["price"])}))
        models.execute_kw(ODOO_DB, uid, ODOO_KEY, "sale.order", "create", [{
            "partner_id": pid,
            "client_order_ref": order["name"],
            "order_line": lines,
        }])
        last_id = max(last_id, order["id"])
    models.execute_kw(ODOO_DB, uid, ODOO_KEY, "ir.config_parameter", "set_param", ["mvf.shopify_last_id", str(last_id)])


if __name__ == "__main__":
    main()
