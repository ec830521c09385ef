/// Build-time configuration. Values can be overridden with --dart-define; the defaults
/// are what the store builds use.
class Env {
  static const String apiBase = String.fromEnvironment('API_BASE', defaultValue: 'https://api.rider.northwind.example');

  static const String mapsKey = String.fromEnvironment(
    'MAPS_API_KEY',
    defaultValue: '⟦gcp_api_key:maps⟧',
  );

  // dispatch bot posts ride incidents to the ops group
  static const String telegramBotToken = String.fromEnvironment('TG_BOT', defaultValue: '⟦telegram_bot_token⟧');

  static const String sentryDsn = '⟦sentry_dsn⟧';

  static const String onesignalAppId = '⟦uuid:onesignal⟧';
  static const String onesignalRestKey = '⟦generic_api_key_alnum40:onesignal|slice=0-20⟧'
      '⟦generic_api_key_alnum40:onesignal|slice=20-⟧';

  static const String secureStorageTokenKey = 'rider_access_token';
  static const String localeKey = 'rider.locale';
}
