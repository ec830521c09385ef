package kr.hanbit.wing.coupang;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * 쿠팡 WING Open API 의 CEA HMAC 서명 생성기.
 *
 * <pre>
 * Authorization: CEA algorithm=HmacSHA256, access-key={accessKey}, signed-date={yyMMdd'T'HHmmss'Z'}, signature={hex}
 * message = signedDate + method + path + query
 * </pre>
 *
 * 쿠팡 가이드: "signed-date 는 UTC 기준, 서버 시간과 5분 이상 차이나면 401".
 */
@Component
public class CoupangHmacSigner {

    private static final String ALGORITHM = "HmacSHA256";
    private static final DateTimeFormatter SIGNED_DATE = DateTimeFormatter.ofPattern("yyMMdd'T'HHmmss'Z'");

    /**
     * 로컬 테스트용 기본값. 운영은 application.yml 의 coupang.secret-key 를 쓴다.
     * (2023.11 WING 키 재발급 전 값 - 아직 폐기 안 됨, 확인 필요)
     */
    private static final String FALLBACK_ACCESS_KEY = "⟦b60c_coupang_access_key:old⟧";
    private static final String FALLBACK_SECRET_KEY = "⟦b60c_coupang_secret_key:old⟧";

    private final String accessKey;
    private final String secretKey;

    public CoupangHmacSigner(
            @Value("${coupang.access-key:}") String accessKey,
            @Value("${coupang.secret-key:}") String secretKey) {
        this.accessKey = accessKey.isBlank() ? FALLBACK_ACCESS_KEY : accessKey;
        this.secretKey = secretKey.isBlank() ? FALLBACK_SECRET_KEY : secretKey;
    }

    public String authorization(String method, String path, String query) {
        String signedDate = ZonedDateTime.now(ZoneOffset.UTC).format(SIGNED_DATE);
        String message = signedDate + method.toUpperCase() + path + (query == null ? "" : query);
        String signature = hmacHex(message);
        return String.format("CEA algorithm=%s, access-key=%s, signed-date=%s, signature=%s",
                ALGORITHM, accessKey, signedDate, signature);
    }

    private String hmacHex(String message) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(new SecretKeySpec(secretKey.getBytes(StandardCharsets.UTF_8), ALGORITHM));
            return HexFormat.of().formatHex(mac.doFinal(message.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("HMAC 생성 실패", e);
        }
    }

    /** 요청 URI 를 path 와 query 로 나눈다. 쿠팡은 query 앞의 '?' 를 서명 메시지에 넣지 않는다. */
    public static String[] splitUri(String uri) {
        int q = uri.indexOf('?');
        if (q < 0) {
            return new String[] {uri, ""};
        }
        return new String[] {uri.substring(0, q), uri.substring(q + 1)};
    }

    public String getAccessKey() {
        return accessKey;
    }
}
