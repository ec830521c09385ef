import 'dart:convert';
import 'dart:typed_data';

import '/flutter_flow/flutter_flow_util.dart';
import 'api_manager.dart';

export 'api_manager.dart' show ApiCallResponse;

const _kPrivateApiFunctionName = 'ffPrivateApiCall';

/// Start Xano (Rosewood) Group Code

class XanoRosewoodGroup {
  static String getBaseUrl() => 'https://x8ki-letl-twmt.n7.xano.io/api:Rw5tQ2m1';
  static Map<String, String> headers = {
    // set in FlutterFlow API group headers; staff-app service account token (never expires)
    'Authorization':
        'Bearer ⟦b57b_xano_auth_token:staff-svc⟧',
  };
  static GetBookingsCall getBookingsCall = GetBookingsCall();
  static CreateBookingCall createBookingCall = CreateBookingCall();
}

class GetBookingsCall {
  Future<ApiCallResponse> call({
    String? date = '',
    int? studioId,
  }) async {
    final baseUrl = XanoRosewoodGroup.getBaseUrl();

    return ApiManager.instance.makeApiCall(
      callName: 'getBookings',
      apiUrl: '${baseUrl}/bookings',
      callType: ApiCallType.GET,
      headers: {
        ...XanoRosewoodGroup.headers,
      },
      params: {
        'date': date,
        'studio_id': studioId,
      },
      returnBody: true,
      encodeBodyUtf8: false,
      decodeUtf8: false,
      cache: false,
      isStreamingApi: false,
      alwaysAllowBody: false,
    );
  }
}

class CreateBookingCall {
  Future<ApiCallResponse> call({
    int? classId,
    int? userId,
  }) async {
    final baseUrl = XanoRosewoodGroup.getBaseUrl();

    final ffApiRequestBody = '''
{
  "class_id": ${classId},
  "user_id": ${userId}
}''';
    return ApiManager.instance.makeApiCall(
      callName: 'createBooking',
      apiUrl: '${baseUrl}/bookings',
      callType: ApiCallType.POST,
      headers: {
        ...XanoRosewoodGroup.headers,
      },
      params: {},
      body: ffApiRequestBody,
      bodyType: BodyType.JSON,
      returnBody: true,
      encodeBodyUtf8: false,
      decodeUtf8: false,
      cache: false,
      isStreamingApi: false,
      alwaysAllowBody: false,
    );
  }
}

/// End Xano (Rosewood) Group Code

class StripeCreatePaymentIntentCall {
  static Future<ApiCallResponse> call({
    int? amount,
    String? currency = 'gbp',
    String? customer = '',
  }) async {
    return ApiManager.instance.makeApiCall(
      callName: 'stripeCreatePaymentIntent',
      apiUrl: 'https://api.stripe.com/v1/payment_intents',
      callType: ApiCallType.POST,
      headers: {
        // TODO move to a Xano endpoint before launch (FF "Make private" toggle didn't deploy the cloud function)
        'Authorization': 'Bearer ⟦stripe_secret_live:rosewood⟧',
      },
      params: {
        'amount': amount,
        'currency': currency,
        'customer': customer,
        'automatic_payment_methods[enabled]': true,
      },
      bodyType: BodyType.X_WWW_FORM_URL_ENCODED,
      returnBody: true,
      encodeBodyUtf8: false,
      decodeUtf8: false,
      cache: false,
      isStreamingApi: false,
      alwaysAllowBody: false,
    );
  }
}

class GeocodeStudioCall {
  static Future<ApiCallResponse> call({
    String? postcode = '',
  }) async {
    return ApiManager.instance.makeApiCall(
      callName: 'geocodeStudio',
      apiUrl: 'https://maps.googleapis.com/maps/api/geocode/json',
      callType: ApiCallType.GET,
      headers: {},
      params: {
        'address': postcode,
        'key': '⟦gcp_api_key:geocode⟧',
      },
      returnBody: true,
      encodeBodyUtf8: false,
      decodeUtf8: false,
      cache: true,
      isStreamingApi: false,
      alwaysAllowBody: false,
    );
  }
}

class ApiPagingParams {
  int nextPageNumber = 0;
  int numItems = 0;
  dynamic lastResponse;

  ApiPagingParams({
    required this.nextPageNumber,
    required this.numItems,
    required this.lastResponse,
  });

  @override
  String toString() =>
      'PagingParams(nextPageNumber: $nextPageNumber, numItems: $numItems, lastResponse: $lastResponse,)';
}

String _toEncodable(dynamic item) {
  if (item is DocumentReference) {
    return item.path;
  }
  return item;
}

String _serializeList(List? list) {
  list ??= <String>[];
  try {
    return json.encode(list, toEncodable: _toEncodable);
  } catch (_) {
    return '[]';
  }
}
