#!/bin/sh
# Testes rápidos à API da InvoiceXpress (conta antiga, antes da migração para o Moloni)
# Tiago, 2023-02

ACCOUNT=merceariadolargo
KEY=⟦b67a_invoicexpress_api_key:old⟧

# listar faturas de janeiro
curl -s "https://${ACCOUNT}.app.invoicexpress.com/invoices.json?api_key=${KEY}&date%5Bfrom%5D=01%2F01%2F2023&date%5Bto%5D=31%2F01%2F2023&per_page=30" | jq '.invoices[] | {id, sequence_number, total}'

# criar fatura-recibo de teste
curl -s -X POST "https://merceariadolargo.app.invoicexpress.com/invoice_receipts.json?api_key=⟦b67a_invoicexpress_api_key:old⟧" \
  -H 'Content-Type: application/json' \
  -d '{"invoice_receipt":{"date":"15/02/2023","due_date":"15/02/2023","client":{"name":"Consumidor final","code":"999999990"},"items":[{"name":"Cabaz semanal","unit_price":"24.90","quantity":"1","tax":{"name":"IVA6"}}]}}'

# exportar SAF-T do mês
curl -s "https://${ACCOUNT}.app.invoicexpress.com/api/export_saft.json?api_key=${KEY}&month=01&year=2023"
