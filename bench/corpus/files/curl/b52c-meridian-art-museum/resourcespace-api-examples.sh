#!/bin/sh
# ResourceSpace API cheat sheet (Rights & Repro team). Each call is signed:
#   sign = sha256(<private API key> + <query string>)
# The private key is per user: My account > API key. Below: jpark's key (rotate if this file leaks!)

RS=https://dam.meridianart.org/api/
RS_USER=jpark
RS_KEY=⟦b52c_resourcespace_api_key:cheatsheet⟧

rs() {
  q="user=${RS_USER}&$1"
  sign=$(printf '%s' "${RS_KEY}${q}" | sha256sum | cut -d' ' -f1)
  curl -s "${RS}?${q}&sign=${sign}"
}

# search for an object number
rs "function=do_search&search=1931.112&restypes=1&fetchrows=10"

# get the original-size download URL for resource 20411
rs "function=get_resource_path&ref=20411&getfilepath=0&size=&generate=1"

# Example of a full signed URL copied from the browser's network tab (signature is single-use per query):
# https://dam.meridianart.org/api/?user=jpark&function=get_resource_field_data&resource=20411&sign=⟦b52c_resourcespace_sign:ex⟧

# update the rights statement field (field 15) for a batch
for ref in 20411 20412 20413; do
  rs "function=update_field&resource=${ref}&field=15&value=CC0"
done
