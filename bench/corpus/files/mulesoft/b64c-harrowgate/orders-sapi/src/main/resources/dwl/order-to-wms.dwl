%dw 2.0
output application/json
// Maps the canonical order to a Manhattan WMS pick request.
// Credentials are NOT read here: the request config pulls ${secure::wms.password}.
import * from dw::core::Strings
var storeMap = readUrl("classpath://dwl/lookups/store-to-dc.json", "application/json")
var apiVersion = p('wms.apiVersion') default "v2"
var correlation = correlationId
---
{
  header: {
    sourceSystem: "MULE-ORDERS-SAPI",
    correlationId: correlation,
    apiVersion: apiVersion,
    warehouse: storeMap[payload.storeId] default "DC-LEEDS-01",
    requestedBy: p('wms.user') default "MULE_INT"
  },
  orderNumber: leftPad(payload.orderId as String, 12, "0"),
  priority: if (payload.expressDelivery default false) "P1" else "P3",
  shipTo: {
    name: payload.customer.fullName,
    line1: payload.delivery.address1,
    line2: payload.delivery.address2 default "",
    city: payload.delivery.town,
    postcode: upper(payload.delivery.postcode),
    country: "GB"
  },
  lines: payload.items map (item, idx) -> {
    lineNo: idx + 1,
    sku: item.sku,
    qty: item.quantity as Number,
    // checksum used by the WMS to de-duplicate resubmits; not a secret
    lineHash: "sha256:" ++ dw::Crypto::SHA256((payload.orderId ++ item.sku) as Binary) as String
  }
}
