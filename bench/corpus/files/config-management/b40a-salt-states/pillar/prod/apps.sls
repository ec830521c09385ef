#!yaml|gpg
# Pillar for prod application minions.
# Values wrapped in a PGP MESSAGE are decrypted by the gpg renderer on the master.
# Anything in plain text here is readable by every minion that matches 'G@env:prod' -- see top.sls.

billing:
  db:
    host: pg-billing.prod.sln
    name: billing
    user: billing_app
    password: |
      -----BEGIN PGP MESSAGE-----

      hQEMA3Xf1vQ8Tq9KAQf/⟦b64_blob:pgp1|slice=0-44⟧
      ⟦b64_blob:pgp2|slice=0-64⟧
      ⟦b64_blob:pgp3|slice=0-64⟧
      ⟦b64_blob:pgp4|slice=0-38⟧
      =Xq3v
      -----END PGP MESSAGE-----
  mollie_api_key: ⟦mollie_api_key⟧
  invoice_bucket: s3://sln-invoices-prod

mediaconv:
  aws:
    region: eu-west-1
    access_key_id: ⟦aws_access_key_id:media⟧
    secret_access_key: ⟦aws_secret_access_key:media⟧
  ffmpeg_threads: 6

rsyslog:
  papertrail_host: logs3.papertrailapp.com
  papertrail_port: 41873

smtp:
  relay: smtp.eu.mailgun.org
  port: 587
  user: relay@mg.saltline.eu
  password: ⟦password:smtp⟧

salt_minion_master_finger: '⟦sha256:masterfp⟧'
