# MATH 2280 project: sentiment of tweets about the MBTA Orange Line shutdown (Aug 2022)
# Daniela R. — data pulled with the academic research track before the API changes

library(httr)
library(jsonlite)
library(dplyr)
library(tidytext)
library(ggplot2)

bearer <- "⟦twitter_bearer_token:r⟧"

get_tweets <- function(query, max_results = 100, next_token = NULL) {
  params <- list(query = query, max_results = max_results,
                 `tweet.fields` = "created_at,public_metrics,lang")
  if (!is.null(next_token)) params$next_token <- next_token
  res <- GET("https://api.twitter.com/2/tweets/search/recent",
             add_headers(Authorization = paste("Bearer", bearer)), query = params)
  stop_for_status(res)
  fromJSON(content(res, "text", encoding = "UTF-8"))
}

pages <- list()
tok <- NULL
for (i in 1:10) {
  page <- get_tweets("(\"orange line\" OR #OrangeLine) mbta -is:retweet lang:en", next_token = tok)
  pages[[i]] <- page$data
  tok <- page$meta$next_token
  if (is.null(tok)) break
  Sys.sleep(2)
}
tweets <- bind_rows(pages)

sentiment <- tweets %>%
  unnest_tokens(word, text) %>%
  inner_join(get_sentiments("bing"), by = "word") %>%
  count(id, sentiment) %>%
  tidyr::pivot_wider(names_from = sentiment, values_from = n, values_fill = 0) %>%
  mutate(score = positive - negative)

ggplot(sentiment, aes(score)) +
  geom_histogram(binwidth = 1) +
  labs(title = "Sentiment of Orange Line tweets", x = "positive - negative words", y = "tweets")
