/* 한빛트래블 웹 — 카카오/네이버 로그인 버튼 초기화
 * JavaScript 키와 네이버 Client ID 는 브라우저에 노출되는 공개 값이다 (도메인 제한으로 보호).
 */
(function () {
  var KAKAO_JS_KEY = '⟦b58a_kakao_js_key:web⟧';
  var NAVER_CLIENT_ID = '⟦b58a_naver_client_id:web⟧';
  var NAVER_CALLBACK = 'https://www.hanbittravel.co.kr/login/naver/callback';

  if (window.Kakao && !window.Kakao.isInitialized()) {
    window.Kakao.init(KAKAO_JS_KEY);
  }

  document.addEventListener('DOMContentLoaded', function () {
    var kakaoBtn = document.getElementById('btn-kakao-login');
    if (kakaoBtn) {
      kakaoBtn.addEventListener('click', function () {
        window.Kakao.Auth.authorize({
          redirectUri: 'https://www.hanbittravel.co.kr/login/oauth2/code/kakao',
          state: document.querySelector('meta[name="csrf-token"]').content,
        });
      });
    }

    if (window.naver) {
      var naverLogin = new window.naver.LoginWithNaverId({
        clientId: NAVER_CLIENT_ID,
        callbackUrl: NAVER_CALLBACK,
        isPopup: false,
        loginButton: { color: 'green', type: 3, height: 48 },
      });
      naverLogin.init();
    }
  });
})();
