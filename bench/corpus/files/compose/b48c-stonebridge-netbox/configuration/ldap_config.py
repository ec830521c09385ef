"""LDAP settings for NetBox (netbox-docker reads this when REMOTE_AUTH_BACKEND is the LDAP backend).

Nothing secret lives in this file: every credential is read from env/netbox.env at start-up.
"""
from importlib import import_module
from os import environ

import ldap
from django_auth_ldap.config import LDAPSearch, NestedGroupOfNamesType


def _read_secret(secret_name: str, default: str | None = None) -> str | None:
    """Docker secrets first (/run/secrets/<name>), then the environment."""
    try:
        with open(f"/run/secrets/{secret_name}", encoding="utf-8") as f:
            return f.readline().strip()
    except OSError:
        return environ.get(secret_name.upper(), default)


AUTH_LDAP_SERVER_URI = environ.get("AUTH_LDAP_SERVER_URI", "")
AUTH_LDAP_CONNECTION_OPTIONS = {ldap.OPT_REFERRALS: 0}
AUTH_LDAP_BIND_DN = environ.get("AUTH_LDAP_BIND_DN", "")
AUTH_LDAP_BIND_PASSWORD = _read_secret("auth_ldap_bind_password", environ.get("AUTH_LDAP_BIND_PASSWORD", ""))
LDAP_IGNORE_CERT_ERRORS = environ.get("LDAP_IGNORE_CERT_ERRORS", "False").lower() == "true"
LDAP_CA_CERT_FILE = environ.get("LDAP_CA_CERT_FILE", "/etc/ssl/certs/stonebridge-root-ca.pem")

AUTH_LDAP_USER_SEARCH = LDAPSearch(
    environ.get("AUTH_LDAP_USER_SEARCH_BASEDN", ""),
    ldap.SCOPE_SUBTREE,
    "(sAMAccountName=%(user)s)",
)
AUTH_LDAP_GROUP_SEARCH = LDAPSearch(
    "OU=Groups,DC=corp,DC=stonebridge-dc,DC=co,DC=uk",
    ldap.SCOPE_SUBTREE,
    "(objectClass=group)",
)
AUTH_LDAP_GROUP_TYPE = NestedGroupOfNamesType()
AUTH_LDAP_REQUIRE_GROUP = "CN=NetBox-Users,OU=Groups,DC=corp,DC=stonebridge-dc,DC=co,DC=uk"
AUTH_LDAP_USER_FLAGS_BY_GROUP = {
    "is_active": AUTH_LDAP_REQUIRE_GROUP,
    "is_staff": "CN=NetBox-Admins,OU=Groups,DC=corp,DC=stonebridge-dc,DC=co,DC=uk",
    "is_superuser": "CN=NetBox-Admins,OU=Groups,DC=corp,DC=stonebridge-dc,DC=co,DC=uk",
}
AUTH_LDAP_USER_ATTR_MAP = {"first_name": "givenName", "last_name": "sn", "email": "mail"}
AUTH_LDAP_FIND_GROUP_PERMS = True
AUTH_LDAP_CACHE_TIMEOUT = 3600
