# Included from main.vcl. The thumbnails origin (old Wowza box) only speaks
# basic auth; the account is read-only on /thumbs.
sub origin_auth_thumbs {
  if (req.url.path ~ "^/thumbs/") {
    set bereq.http.Authorization = "Basic ⟦lit:fastly-thumbs:Wowza#Thumbs2023|b64⟧";
    set bereq.http.Host = "thumbs-origin.lumenwave.tv";
  }
}
