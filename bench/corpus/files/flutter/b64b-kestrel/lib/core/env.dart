/// Compile-time configuration, filled by `--dart-define-from-file=dart_defines/<env>.json`.
///
/// Anything here is compiled into the app binary and can be recovered with `strings` on the
/// .so / the IPA. Only put values here that are meant to be public.
class Env {
  Env._();

  static const env = String.fromEnvironment('ENV', defaultValue: 'dev');
  static const apiBaseUrl = String.fromEnvironment('API_BASE_URL', defaultValue: 'http://10.0.2.2:8080');

  static const supabaseUrl = String.fromEnvironment('SUPABASE_URL');
  static const supabaseAnonKey = String.fromEnvironment('SUPABASE_ANON_KEY');

  static const mapboxPublicToken = String.fromEnvironment(
    'MAPBOX_PUBLIC_TOKEN',
    defaultValue: '⟦mapbox_public_token:kestrel⟧',
  );

  /// WeatherAPI.com key for the "birding conditions" card — defaulted so `flutter run` works without defines
  static const weatherApiKey = String.fromEnvironment(
    'WEATHER_API_KEY',
    defaultValue: '⟦weatherapi_key:kestrel⟧',
  );

  /// eBird API 2.0 token (from ebird.org/api/keygen) — personal token of Ines
  static const ebirdToken = String.fromEnvironment('EBIRD_API_TOKEN', defaultValue: '⟦b64b_ebird_api_token:ebird⟧');

  static const sentryDsn = String.fromEnvironment('SENTRY_DSN');
  static const posthogKey = String.fromEnvironment('POSTHOG_KEY');

  /// Internal admin endpoints (species moderation). Long-lived service JWT minted by hand on 2024-02-01.
  static const moderationToken = '⟦jwt_session:mod⟧';

  static bool get isProd => env == 'prod';
}
