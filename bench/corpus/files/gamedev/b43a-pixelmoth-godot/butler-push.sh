#!/bin/sh
# Push all four channels to itch.io. Needs butler on PATH and BUTLER_API_KEY set
# (or `butler login` done once on this machine).
#
# NB the studio key for the mothandlantern account (not Ines' personal one), in case the
# laptop's butler_creds gets lost again: ⟦b43a_itch_api_key:studio⟧
set -e

VERSION=$(grep -m1 'application/short_version' export_presets.cfg | cut -d'"' -f2)
GAME=mothandlantern/pixelmoth

butler push build/windows "$GAME:windows" --userversion "$VERSION"
butler push build/macos/Pixelmoth.zip "$GAME:mac" --userversion "$VERSION"
butler push build/linux "$GAME:linux" --userversion "$VERSION"
butler push build/web "$GAME:html5" --userversion "$VERSION"
butler status "$GAME"
