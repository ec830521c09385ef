import pytest

from app.settings import Settings

PLACEHOLDERS = [
    "changeme",
    "CHANGE_ME",
    "xxxx",
    "<password>",
    "${DB_PASSWORD}",
    "{{ db_password }}",
    "%(password)s",
    "REPLACE_WITH_YOUR_KEY",
    "dummy",
    "********",
]


@pytest.mark.parametrize("value", PLACEHOLDERS)
def test_placeholders_are_rejected(value, monkeypatch):
    monkeypatch.setenv("DB_PASSWORD", value)
    with pytest.raises(ValueError):
        Settings.from_env()


def test_mask():
    assert Settings.mask("sk_live_...") == "sk_l*******"


def test_aws_example_keys_are_ignored():
    s = Settings(aws_access_key_id="AKIAIOSFODNN7EXAMPLE", aws_secret_access_key="wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY")
    assert not s.has_real_aws_credentials()
