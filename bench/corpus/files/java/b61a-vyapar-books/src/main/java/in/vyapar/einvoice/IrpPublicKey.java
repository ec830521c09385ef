package in.vyapar.einvoice;

/**
 * NIC e-invoice sandbox public key (downloaded from the IRP portal, "Public Key" under API
 * registration). Used only to RSA-encrypt the auth payload. Public by design; rotate when NIC does.
 */
final class IrpPublicKey {
    private IrpPublicKey() {}

    static final String SANDBOX_PEM = """
⟦pubkey_pem:nic⟧
""";

    /** SHA-256 of the DER, to detect NIC rotating the key under us. */
    static final String SANDBOX_FINGERPRINT = "⟦sha256:nicfp⟧";
}
