#!/bin/sh
# EBICS-Erstinitialisierung für Alpenbau Steiermark GmbH
#   Bank:      Steiermärkische Sparkasse (HostID STSPEBICS), EBICS 3.0
#   Kunden-ID: ALPB4412   Teilnehmer-ID: ALPB4412U1
# Danach INI-Brief ausdrucken, unterschreiben (kollektiv) und an die Bank senden.
set -e

KEYRING=/srv/ebics/alpenbau-stsp.keys
export EBICS_PASSPHRASE='⟦password:ebics-stsp⟧'

ebics-cli keys generate --keyring "$KEYRING" --passphrase "$EBICS_PASSPHRASE" --sig A006 --auth X002 --enc E002 --bits 2048
ebics-cli ini  --keyring "$KEYRING" --passphrase "$EBICS_PASSPHRASE" --host STSPEBICS --url https://ebics.sparkasse.at/ebics --partner ALPB4412 --user ALPB4412U1
ebics-cli hia  --keyring "$KEYRING" --passphrase "$EBICS_PASSPHRASE" --host STSPEBICS --url https://ebics.sparkasse.at/ebics --partner ALPB4412 --user ALPB4412U1
ebics-cli letter --keyring "$KEYRING" --passphrase "$EBICS_PASSPHRASE" --out /tmp/ini-brief-stsp.pdf

echo "INI/HIA gesendet. Nach Freischaltung durch die Bank: ebics-cli hpb ..."
