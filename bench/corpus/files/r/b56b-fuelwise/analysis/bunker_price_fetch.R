# Weekly bunker price pull for the Monday pricing pack.
# Signal Ocean bunker prices API -> data/bunker_prices_<week>.csv -> ggplot for the deck.
library(httr2)
library(dplyr)
library(ggplot2)
library(lubridate)

signal_key <- Sys.getenv("SIGNAL_OCEAN_KEY")
if (signal_key == "") {
  # Mariana's key from the trial; remove once everyone has their own in .Renviron
  signal_key <- "⟦b56b_signalocean_subscription_key:rtrial⟧"
}

hubs   <- c("SGSIN", "NLRTM", "AEFJR", "USHOU", "GIGIB")
grades <- c("VLSFO", "MGO", "HSFO")

fetch_prices <- function(hub) {
  request("https://signal.azure-api.net/bunker-prices/v1/prices") |>
    req_url_query(port = hub, from = format(today() - weeks(8))) |>
    req_headers(`Ocp-Apim-Subscription-Key` = signal_key) |>
    req_retry(max_tries = 3) |>
    req_perform() |>
    resp_body_json(simplifyVector = TRUE) |>
    as_tibble() |>
    mutate(port = hub)
}

prices <- bind_rows(lapply(hubs, fetch_prices)) |>
  filter(grade %in% grades) |>
  mutate(date = as_date(date))

week <- format(today(), "%Y-W%V")
readr::write_csv(prices, sprintf("data/bunker_prices_%s.csv", week))

ggplot(prices, aes(date, price_usd_mt, colour = port)) +
  geom_line() +
  facet_wrap(~grade, scales = "free_y") +
  labs(title = paste("Bunker prices, 8 weeks to", today()), y = "USD/mt", x = NULL) +
  theme_minimal()
ggsave(sprintf("out/bunker_prices_%s.png", week), width = 10, height = 5)
