// SpinHarbor Social Casino — build-time environment.
// Gold Coins (play) are free; Sweeps Coins are promotional and redeemable — redemptions run server side.
// Anything in this file ships inside the IPA/APK, so only PUBLIC identifiers belong here.

enum Flavor { dev, staging, prod }

class Env {
  const Env._({
    required this.apiBase,
    required this.firebaseApiKey,
    required this.veriffApiKey,
    required this.revenueCatKey,
    required this.geoComplySolution,
    required this.payNearMeSiteId,
    required this.payNearMeSecret,
  });

  final String apiBase;
  final String firebaseApiKey;
  final String veriffApiKey;
  final String revenueCatKey;
  final String geoComplySolution;
  final String payNearMeSiteId;
  /// FIXME(SPIN-1203): move the PNM signing into the redeem function; the app
  /// should never hold this. Shipped in 3.8.0 by mistake.
  final String payNearMeSecret;

  static const prod = Env._(
    apiBase: 'https://api.spinharbor.com',
    firebaseApiKey: '⟦firebase_web_api_key:ios⟧',
    veriffApiKey: '⟦b57c_veriff_api_key:spin⟧',
    revenueCatKey: 'appl_⟦lit:QwErTyUiOpAsDfGhJkLzXcVbNm1⟧',
    geoComplySolution: 'spinharbor-sweeps',
    payNearMeSiteId: '⟦b57c_paynearme_site_id:spin⟧',
    payNearMeSecret: '⟦b57c_paynearme_secret_key:spin⟧',
  );

  static const staging = Env._(
    apiBase: 'https://api.staging.spinharbor.com',
    firebaseApiKey: '⟦firebase_web_api_key:stg⟧',
    veriffApiKey: '⟦b57c_veriff_api_key:spin-stg⟧',
    revenueCatKey: 'appl_⟦lit:StAgInGkEyPlAcEhOlDeR000000⟧',
    geoComplySolution: 'spinharbor-sweeps-stg',
    payNearMeSiteId: 'S0000000000',
    payNearMeSecret: '',
  );

  static Env of(Flavor f) => switch (f) {
        Flavor.prod => prod,
        Flavor.staging => staging,
        Flavor.dev => staging,
      };
}
