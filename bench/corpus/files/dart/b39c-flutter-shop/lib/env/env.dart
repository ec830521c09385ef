// lib/env/env.dart
//
// Compile-time configuration for the Marigold Market app.
// `flavor` is passed with --dart-define=FLAVOR=prod|staging.

import 'package:flutter/foundation.dart';

enum Flavor { staging, prod }

class Env {
  Env._();

  static const String _flavorName = String.fromEnvironment('FLAVOR', defaultValue: 'staging');
  static Flavor get flavor => _flavorName == 'prod' ? Flavor.prod : Flavor.staging;

  static String get apiBase => flavor == Flavor.prod
      ? 'https://api.marigoldmarket.com/v3'
      : 'https://staging-api.marigoldmarket.com/v3';

  // ---- Stripe -----------------------------------------------------------
  static const String stripePublishableKey = '⟦stripe_publishable_live⟧';

  /// Used by the "quick refund" screen in the merchant build (merchant flavour only).
  /// FIXME: should go through our backend, see MM-733.
  static const String stripeSecretKey = '⟦stripe_secret_live:merchant⟧';

  // ---- Maps ---------------------------------------------------------------
  static const String mapboxPublicToken = '⟦mapbox_public_token⟧';

  /// Download token for the offline tile packs (needs DOWNLOADS:READ).
  static const String mapboxDownloadsToken = '⟦mapbox_secret_token⟧';

  // ---- Search -------------------------------------------------------------
  static const String algoliaAppId = 'MGLD7Q2X4K';
  static const String algoliaSearchKey = '⟦algolia_search_key⟧';

  // ---- Analytics -------------------------------------------------------------
  static const String firebaseWebApiKey = '⟦firebase_web_api_key⟧';
  static const String sentryDsn = '⟦sentry_dsn⟧';

  static void debugDump() {
    if (!kDebugMode) return;
    debugPrint('flavor=$_flavorName api=$apiBase stripe=${stripePublishableKey.substring(0, 12)}…');
  }
}
