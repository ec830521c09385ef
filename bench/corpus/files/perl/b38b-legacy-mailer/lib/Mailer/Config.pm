package Mailer::Config;

use strict;
use warnings;
use DBI;
use Net::LDAP;
use Net::SMTP;

# Settings for the nightly statement mailer. Yes, the passwords live here; see TICKET-4417.
our %SMTP = (
    host     => 'smtp.northwind.example',
    port     => 587,
    user     => 'statements@northwind.example',
    passwd   => 'St4tements!Mail',
);

our %LDAP = (
    uri     => 'ldaps://ldap.corp.northwind.example',
    bind_dn => 'cn=svc-mailer,ou=services,dc=corp,dc=northwind,dc=example',
    bind_pw => $ENV{MAILER_LDAP_PW} || '⟦password:ldap⟧',
    base    => 'ou=customers,dc=corp,dc=northwind,dc=example',
);

our $DSN     = 'dbi:Pg:dbname=billing;host=billing-db.internal;sslmode=require';
our $DB_USER = 'mailer';
my  $pw      = '⟦db_password:pg⟧';

# Twilio fallback for customers without e-mail
our %TWILIO = (
    account_sid => '⟦twilio_account_sid⟧',
    auth_token  => '⟦twilio_auth_token⟧',
    from        => '+14155550177',
);

our $PASSWORD_MIN = 10;
our $TOKEN_TTL    = 3600;

sub dbh {
    return DBI->connect($DSN, $DB_USER, $pw, { RaiseError => 1, AutoCommit => 1 });
}

sub ldap {
    my $l = Net::LDAP->new($LDAP{uri}) or die "$@";
    my $m = $l->bind($LDAP{bind_dn}, password => $LDAP{bind_pw});
    die $m->error if $m->code;
    return $l;
}

1;
