#!/bin/bash
# Jamf policy: "Tech - ensure bhpstech local admin" (Recurring Check-in, once per computer)
# Parameter 4: admin short name   Parameter 5: password (set in the policy, NOT here)
# Parameter 6: hide user (yes/no)

ADMIN_USER="${4:-bhpstech}"
ADMIN_PASS="${5}"
HIDE="${6:-yes}"

# Older policies on the 10.15 carts don't pass $5 -- fall back to the building default
if [[ -z "$ADMIN_PASS" ]]; then
  ADMIN_PASS='Hornets-Tech#214'
fi

if id "$ADMIN_USER" >/dev/null 2>&1; then
  echo "$ADMIN_USER exists, resetting password"
  /usr/bin/dscl . -passwd "/Users/$ADMIN_USER" "$ADMIN_PASS"
else
  NEXT_UID=$(( $(dscl . -list /Users UniqueID | awk '{print $2}' | sort -n | tail -1) + 1 ))
  /usr/sbin/sysadminctl -addUser "$ADMIN_USER" -fullName "BHPS Tech" -UID "$NEXT_UID" \
      -password "$ADMIN_PASS" -home "/private/var/$ADMIN_USER" -admin
fi

# secure token so the account can unlock FileVault on the teacher laptops
/usr/sbin/sysadminctl -secureTokenOn "$ADMIN_USER" -password "$ADMIN_PASS" \
    -adminUser jamfmgmt -adminPassword 'Jmgmt!Brookhaven7'

if [[ "$HIDE" == "yes" ]]; then
  /usr/bin/dscl . -create "/Users/$ADMIN_USER" IsHidden 1
fi
/usr/local/bin/jamf recon >/dev/null 2>&1 &
exit 0
