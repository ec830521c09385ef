#!/bin/bash
# new_students_fall.sh -- create Google accounts for new enrollments exported from PowerSchool
# usage: ./new_students_fall.sh new_enrollments_2024-08-15.csv
# CSV columns: student_number,first,last,grade,school_code
set -euo pipefail
GAM=~/bin/gam7/gam
CSV="${1:?csv}"

# K-2 get the picture password in Chromebook "kid mode"; everyone else gets the fall default
# and must change it at first sign-in (changepassword on)
DEFAULT_PW='Hornets2024!'
K2_PW='bluebird24'

tail -n +2 "$CSV" | while IFS=, read -r sn first last grade school; do
  email="${sn}@students.brookhavenps.org"
  ou="/Students/${school}/Grade ${grade}"
  if [[ "$grade" =~ ^(K|1|2)$ ]]; then pw="$K2_PW"; chg=off; else pw="$DEFAULT_PW"; chg=on; fi
  "$GAM" create user "$email" firstname "$first" lastname "$last" \
      password "$pw" changepassword "$chg" org "$ou" \
      externalid organization "$sn" \
      || echo "FAILED $email" >> failed_$(date +%F).txt
done

# add everybody to the grade-level Classroom guardian groups
"$GAM" csv "$CSV" gam update group "grade{grade}-{school_code}@students.brookhavenps.org" add member "{student_number}@students.brookhavenps.org"
