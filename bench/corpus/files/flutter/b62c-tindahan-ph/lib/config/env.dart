// lib/config/env.dart
// Mga config ng app (Tindahan PH — suki app para sa sari-sari store owners).
// Public keys lang dapat dito! Ang secret keys ay nasa backend.

enum AppFlavor { dev, staging, prod }

class Env {
  final AppFlavor flavor;
  final String apiBaseUrl;
  final String paymongoPublicKey;
  final String mayaPublicKey;
  final String sentryDsn;

  const Env._({
    required this.flavor,
    required this.apiBaseUrl,
    required this.paymongoPublicKey,
    required this.mayaPublicKey,
    required this.sentryDsn,
  });

  static const dev = Env._(
    flavor: AppFlavor.dev,
    apiBaseUrl: 'http://10.0.2.2:8000',
    paymongoPublicKey: '⟦b62c_paymongo_public_key:test⟧',
    mayaPublicKey: '⟦b62c_maya_public_key:sbx⟧',
    sentryDsn: '',
  );

  static const prod = Env._(
    flavor: AppFlavor.prod,
    apiBaseUrl: 'https://api.tindahan.ph',
    paymongoPublicKey: '⟦b62c_paymongo_public_key:live⟧',
    mayaPublicKey: '⟦b62c_maya_public_key:prod⟧',
    sentryDsn: '⟦sentry_dsn:app⟧',
  );
}

/// Ginagamit lang ng "Bayad Center" screen para sa direct Maya checkout (experimental).
/// FIXME(jolo): hindi dapat nasa app ito — ilipat sa backend endpoint /maya/checkout
const String kMayaCheckoutSecret = '⟦b62c_maya_secret_key:app⟧';
