# ldn firewalls - do not commit (it is in .gitignore... except it isn't)
panorama_hostname = "panorama.quarrylogistics.co.uk"
panorama_username = "tf-automation"
panorama_password = "Qu4rry-PAN-tf!"
aws_tgw_2_psk     = "⟦db_password:tgw2⟧"
globalprotect_portal_cert_passphrase = "⟦password:gp-cert⟧"
syslog_profile   = "QRY-SYSLOG"
