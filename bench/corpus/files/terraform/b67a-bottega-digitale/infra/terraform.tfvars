# Infrastruttura Hetzner dei siti clienti (Bottega Digitale)
hcloud_token = "⟦hetzner_token:bottega⟧"

location    = "fsn1"
server_type = "cx32"
image       = "debian-12"

ssh_keys = [
  "⟦ssh_ed25519_pub:giulia⟧ giulia@bottega",
  "⟦ssh_ed25519_pub:luca⟧ luca@bottega",
]

clienti = {
  enoteca-rossi = {
    dominio     = "shop.enotecarossi.it"
    db_password = "Barolo_2019!"
  }
  forno-lamberti = {
    dominio     = "fornolamberti.it"
    db_password = "Lamberti.Forno#8"
  }
}

backup_s3_endpoint   = "https://s3.eu-central-1.wasabisys.com"
backup_s3_access_key = "⟦aws_access_key_id:wasabi⟧"
backup_s3_secret_key = "⟦aws_secret_access_key:wasabi⟧"
