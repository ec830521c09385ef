# Provenance research: compare Dutch Golden Age holdings with the Rijksmuseum and Harvard Art Museums
# for the 2024 "Merchants & Makers" exhibition checklist. Author: L. Visser (curatorial fellow)

library(httr2)
library(jsonlite)
library(dplyr)
library(readr)

# keys -- I know these should go in .Renviron
rijks_key <- "⟦b52c_rijksmuseum_api_key:lv⟧"
ham_key <- Sys.getenv("HAM_API_KEY", unset = "⟦b52c_harvard_art_api_key:lv⟧")

checklist <- read_csv("data/merchants_makers_checklist.csv", show_col_types = FALSE)

rijks_search <- function(maker, page = 1) {
  request("https://www.rijksmuseum.nl/api/en/collection") |>
    req_url_query(key = rijks_key, involvedMaker = maker, ps = 100, p = page, imgonly = "True") |>
    req_perform() |>
    resp_body_json()
}

ham_search <- function(maker) {
  request("https://api.harvardartmuseums.org/object") |>
    req_url_query(apikey = ham_key, person = maker, size = 100) |>
    req_perform() |>
    resp_body_json()
}

makers <- unique(checklist$maker)
results <- lapply(makers, function(m) {
  rk <- rijks_search(m)
  hm <- ham_search(m)
  tibble(
    maker = m,
    rijks_count = rk$count,
    harvard_count = hm$info$totalrecords
  )
}) |> bind_rows()

write_csv(results, "out/maker_counts.csv")
print(results, n = 50)
