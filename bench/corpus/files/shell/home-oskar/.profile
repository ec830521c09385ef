# ~/.profile: executed by the command interpreter for login shells.
if [ -n "$BASH_VERSION" ]; then
    if [ -f "$HOME/.bashrc" ]; then
	. "$HOME/.bashrc"
    fi
fi
if [ -d "$HOME/bin" ] ; then
    PATH="$HOME/bin:$PATH"
fi
export TWILIO_ACCOUNT_SID=⟦twilio_account_sid⟧
export TWILIO_AUTH_TOKEN=⟦twilio_auth_token⟧
export SENDGRID_API_KEY=⟦sendgrid_api_key⟧
export MAILGUN_API_KEY=⟦mailgun_api_key_legacy⟧
export SMTP_PASSWORD="oskar!mail"
