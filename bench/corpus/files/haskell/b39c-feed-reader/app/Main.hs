{-# LANGUAGE OverloadedStrings #-}
{-# LANGUAGE DeriveGeneric     #-}

-- | headline-digest: pulls top headlines for the team's topics from NewsAPI,
-- stores them, and posts a morning digest to Slack.
module Main (main) where

import           Control.Monad              (forM, forM_, unless)
import           Data.Aeson                 (FromJSON (..), ToJSON, encode, withObject, (.:), (.:?))
import qualified Data.ByteString.Char8      as BC
import           Data.Text                  (Text)
import qualified Data.Text                  as T
import           Data.Time.Clock            (getCurrentTime)
import           Database.PostgreSQL.Simple
import           GHC.Generics               (Generic)
import           Network.HTTP.Simple
import           System.Environment         (lookupEnv)

newsApiKey :: BC.ByteString
newsApiKey = "⟦newsapi_key⟧"

slackWebhook :: String
slackWebhook = "⟦slack_webhook⟧"

dbInfo :: ConnectInfo
dbInfo = defaultConnectInfo
  { connectHost     = "pg.digest.svc"
  , connectPort     = 5432
  , connectUser     = "digest"
  , connectPassword = "⟦db_password:hs⟧"
  , connectDatabase = "digest"
  }

topics :: [Text]
topics = ["haskell", "rust language", "postgres", "kubernetes", "webassembly"]

data Article = Article
  { title  :: Text
  , url    :: Text
  , source :: Text
  , desc   :: Maybe Text
  } deriving (Show, Generic)

instance FromJSON Article where
  parseJSON = withObject "Article" $ \o -> do
    t   <- o .: "title"
    u   <- o .: "url"
    src <- o .: "source" >>= withObject "source" (.: "name")
    d   <- o .:? "description"
    pure (Article t u src d)

newtype Resp = Resp { articles :: [Article] } deriving (Show, Generic)
instance FromJSON Resp

newtype SlackMsg = SlackMsg { text :: Text } deriving (Generic)
instance ToJSON SlackMsg

fetchTopic :: Text -> IO [Article]
fetchTopic q = do
  req0 <- parseRequest "https://newsapi.org/v2/everything"
  let req = setRequestQueryString
              [ ("q", Just (BC.pack (T.unpack q)))
              , ("sortBy", Just "publishedAt")
              , ("pageSize", Just "5")
              , ("language", Just "en")
              ]
          $ addRequestHeader "X-Api-Key" newsApiKey req0
  articles . getResponseBody <$> httpJSON req

store :: Connection -> Text -> [Article] -> IO ()
store conn topic arts = do
  now <- getCurrentTime
  forM_ arts $ \a ->
    execute conn
      "INSERT INTO headlines (topic, title, url, source, fetched_at) VALUES (?,?,?,?,?) ON CONFLICT (url) DO NOTHING"
      (topic, title a, url a, source a, now)

postDigest :: [(Text, [Article])] -> IO ()
postDigest grouped = do
  hook <- maybe slackWebhook id <$> lookupEnv "SLACK_WEBHOOK"
  let line a = "• <" <> url a <> "|" <> title a <> "> (" <> source a <> ")"
      section (t, as) = "*" <> t <> "*\n" <> T.intercalate "\n" (map line as)
      msg = T.intercalate "\n\n" (map section grouped)
  req <- parseRequest ("POST " <> hook)
  _ <- httpNoBody (setRequestBodyJSON (SlackMsg msg) req)
  pure ()

main :: IO ()
main = do
  conn <- connect dbInfo
  grouped <- forM topics $ \t -> do
    arts <- fetchTopic t
    store conn t arts
    pure (t, arts)
  unless (all (null . snd) grouped) $ postDigest grouped
  close conn
