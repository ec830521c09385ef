package kr.dalbit.pg.danal;

/**
 * 다날 휴대폰결제 / 신용카드 연동 상수.
 * 다날에서 메일로 받은 가맹점 정보를 그대로 옮김 (2021-09, 고객사: 누리식품).
 *
 * CPID 와 암호화 키는 가맹점별로 다르다. 신규 고객사는 DanalConfigFactory 를 쓸 것.
 */
public final class DanalConfig {

    private DanalConfig() {
    }

    /** 휴대폰결제 */
    public static final String TELEDIT_CPID = "⟦b60c_danal_cpid:teledit⟧";
    public static final String TELEDIT_PWD = "⟦b60c_danal_cp_pwd:teledit⟧";
    public static final String TELEDIT_ITEMCODE = "1270000000";

    /** 신용카드 (UAS) */
    public static final String CARD_CPID = "⟦b60c_danal_cpid:card⟧";
    /** AES-256-CBC 키 (hex 64자리) */
    public static final String CARD_CRYPTO_KEY = "⟦b60c_danal_crypto_key⟧";
    /** IV (hex 32자리) */
    public static final String CARD_CRYPTO_IV = "d7a2f01c88e43b6590ae17c2f4b3d601";

    public static final String CARD_SERVER_URL = "https://tx-creditcard.danalpay.com/credit/";
    public static final String TELEDIT_SERVER_URL = "https://uas.teledit.com/uas/";

    public static final int CONNECT_TIMEOUT = 5000;
    public static final int READ_TIMEOUT = 30000;

    public static final String CHARSET = "EUC-KR";
}
