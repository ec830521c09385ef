#!/bin/sh
# One-off backfill of income statements + key metrics for the S&P 500 (ticket QNX-1290).
# Run from the bastion: sh backfill_fundamentals.sh > backfill.log 2>&1
set -eu

FMP="https://financialmodelingprep.com/api/v3"
FMP_KEY="⟦b54b_fmp_api_key:sh⟧"
OUT=/data/backfill/fmp/$(date +%Y%m%d)
mkdir -p "$OUT"

curl -s "$FMP/sp500_constituent?apikey=$FMP_KEY" | jq -r '.[].symbol' > "$OUT/symbols.txt"

while read -r sym; do
  curl -s "$FMP/income-statement/$sym?period=quarter&limit=40&apikey=$FMP_KEY" > "$OUT/$sym.income.json"
  curl -s "$FMP/key-metrics/$sym?period=quarter&limit=40&apikey=$FMP_KEY" > "$OUT/$sym.metrics.json"
  # company profile from Finnhub (FMP's is missing logos)
  curl -s -H "X-Finnhub-Token: ⟦finnhub_key:sh⟧" "https://finnhub.io/api/v1/stock/profile2?symbol=$sym" > "$OUT/$sym.profile.json"
  sleep 0.25
done < "$OUT/symbols.txt"

aws s3 sync "$OUT" "s3://quillon-data-backfill/fmp/$(basename "$OUT")/" --only-show-errors
echo "done: $(wc -l < "$OUT/symbols.txt") symbols"
