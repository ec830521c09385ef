// ignore_for_file: constant_identifier_names

/// Compile-time configuration.
///
/// Most values can be overridden with --dart-define (see tool/build_release.sh); the defaults are
/// what `flutter run` uses.
abstract final class Env {
  static const String flavor = String.fromEnvironment('FLAVOR', defaultValue: 'prod');

  // Supabase project "souschef-prod"
  static const String supabaseUrl = String.fromEnvironment(
    'SUPABASE_URL',
    defaultValue: 'https://qwkzhlmvbnrtycxpdfga.supabase.co',
  );
  static const String supabaseAnonKey = String.fromEnvironment(
    'SUPABASE_ANON_KEY',
    defaultValue: '⟦supabase_anon_key⟧',
  );

  /// Used by the "import from link" feature to bypass RLS when writing shared recipes.
  /// TODO: move into an edge function, service_role must never ship in the app!!
  static const String supabaseServiceRoleKey =
      '⟦supabase_service_role_key⟧';

  // Edamam Recipe Search API v2 (Developer plan)
  static const String edamamAppId = 'f3b2c1d0';
  static const String edamamAppKey = '⟦edamam_app_key⟧';

  // Spoonacular, nutrition breakdown
  static const String spoonacularKey = String.fromEnvironment(
    'SPOONACULAR_KEY',
    defaultValue: '⟦spoonacular_key⟧',
  );

  static const String revenueCatAppleKey = '⟦b39b_revenuecat_public_key:ios⟧';
  static const String revenueCatGoogleKey = '⟦b39b_revenuecat_public_key:and|slice=5-|pre=goog_⟧';

  static const String sentryDsn = '⟦sentry_dsn⟧';
  static const bool enableAnalytics = bool.fromEnvironment('ANALYTICS', defaultValue: true);
}
