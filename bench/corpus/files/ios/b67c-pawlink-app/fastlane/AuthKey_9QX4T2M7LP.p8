⟦pem_ec_pkcs8:apns⟧
