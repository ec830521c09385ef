#!/usr/bin/env julia
# Load day-ahead prices from the ENTSO-E transparency platform into Postgres and mirror
# the raw XML to S3. Usage:
#     julia --project=. scripts/load_prices.jl 2024-01-01 2024-03-31 DE_LU

using Dates
using HTTP
using EzXML
using DataFrames
using LibPQ
using AWS
using AWSS3

@service S3

const ENTSOE_URL   = "https://web-api.tp.entsoe.eu/api"
const ENTSOE_TOKEN = get(ENV, "ENTSOE_TOKEN", "⟦b39c_entsoe_token⟧")

const BIDDING_ZONES = Dict(
    "DE_LU" => "10Y1001A1001A82H",
    "FR"    => "10YFR-RTE------C",
    "NL"    => "10YNL----------L",
    "AT"    => "10YAT-APG------L",
)

const PG_CONN = "host=pg.energy-lab.local port=5432 dbname=markets user=loader password=⟦db_password:pg⟧ sslmode=require"

# raw mirror bucket lives in the lab's own AWS account
const AWS_CREDS = AWSCredentials(
    "⟦aws_access_key_id:lab⟧",
    "⟦aws_secret_access_key:lab⟧",
)
const AWS_CFG = global_aws_config(; region = "eu-central-1", creds = AWS_CREDS)
const RAW_BUCKET = "energy-lab-raw"

fmt(d::DateTime) = Dates.format(d, "yyyymmddHHMM")

function fetch_day_ahead(zone::String, from::Date, to::Date)
    eic = BIDDING_ZONES[zone]
    q = Dict(
        "securityToken" => ENTSOE_TOKEN,
        "documentType"  => "A44",
        "in_Domain"     => eic,
        "out_Domain"    => eic,
        "periodStart"   => fmt(DateTime(from)),
        "periodEnd"     => fmt(DateTime(to) + Day(1)),
    )
    r = HTTP.get(ENTSOE_URL; query = q, readtimeout = 120, retries = 3)
    return String(r.body)
end

function parse_prices(xml::String)
    doc = parsexml(xml)
    ns = ["ns" => namespace(root(doc))]
    rows = DataFrame(ts = DateTime[], price_eur_mwh = Float64[])
    for period in findall("//ns:Period", root(doc), ns)
        start = DateTime(nodecontent(findfirst("ns:timeInterval/ns:start", period, ns))[1:16], "yyyy-mm-ddTHH:MM")
        res = nodecontent(findfirst("ns:resolution", period, ns))
        step = res == "PT15M" ? Minute(15) : Minute(60)
        for pt in findall("ns:Point", period, ns)
            pos = parse(Int, nodecontent(findfirst("ns:position", pt, ns)))
            price = parse(Float64, nodecontent(findfirst("ns:price.amount", pt, ns)))
            push!(rows, (start + (pos - 1) * step, price))
        end
    end
    return rows
end

function store!(zone::String, df::DataFrame)
    conn = LibPQ.Connection(PG_CONN)
    try
        LibPQ.execute(conn, "BEGIN")
        stmt = prepare(conn, "INSERT INTO day_ahead (zone, ts, price) VALUES (\$1, \$2, \$3) ON CONFLICT DO NOTHING")
        for r in eachrow(df)
            execute(stmt, (zone, r.ts, r.price_eur_mwh))
        end
        LibPQ.execute(conn, "COMMIT")
    finally
        close(conn)
    end
end

function main(args)
    from, to, zone = Date(args[1]), Date(args[2]), get(args, 3, "DE_LU")
    xml = fetch_day_ahead(zone, from, to)
    key = "entsoe/A44/$(zone)/$(from)_$(to).xml"
    S3.put_object(RAW_BUCKET, key, Dict("body" => xml); aws_config = AWS_CFG)
    df = parse_prices(xml)
    store!(zone, df)
    @info "loaded" zone rows = nrow(df) first = first(df.ts) last = last(df.ts)
end

main(ARGS)
