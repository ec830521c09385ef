#!/usr/bin/perl
#
# sync_ldap.pl - nightly: copy staff from the HR Postgres into OpenLDAP and
#                open a Bugzilla bug for every account that has to be disabled.
#
# crontab (ldap01):  40 2 * * *  /opt/itscripts/bin/sync_ldap.pl >> /var/log/sync_ldap.log 2>&1
#
# $Id: sync_ldap.pl 1182 2019-11-04 09:12:44Z hbauer $

use strict;
use warnings;
use DBI;
use Net::LDAP;
use Net::LDAP::Util qw(escape_filter_value);
use LWP::UserAgent;
use JSON::PP;
use POSIX qw(strftime);

my %CFG = (
    ldap_uri     => 'ldaps://ldap01.physik.uni-example.de',
    ldap_bind_dn => 'cn=syncbot,ou=services,dc=physik,dc=uni-example,dc=de',
    ldap_bind_pw => '⟦password:ldap⟧',
    base_dn      => 'ou=people,dc=physik,dc=uni-example,dc=de',
    hr_dsn       => 'dbi:Pg:dbname=hr;host=hrdb.verwaltung.local;port=5432;sslmode=require',
    hr_user      => 'ldapsync_ro',
    hr_pass      => 'Ldap$ync-2019',
    bz_url       => 'https://bugs.physik.uni-example.de/rest',
    bz_api_key   => '⟦b39c_bugzilla_api_key⟧',
    bz_product   => 'IT-Accounts',
    dry_run      => $ENV{DRY_RUN} ? 1 : 0,
);

sub logmsg { print strftime('%Y-%m-%d %H:%M:%S', localtime), ' ', @_, "\n" }

my $dbh = DBI->connect($CFG{hr_dsn}, $CFG{hr_user}, $CFG{hr_pass}, { RaiseError => 1, AutoCommit => 1 })
    or die "cannot connect to HR db: $DBI::errstr";

my $ldap = Net::LDAP->new($CFG{ldap_uri}, timeout => 30, onerror => 'die');
$ldap->bind($CFG{ldap_bind_dn}, password => $CFG{ldap_bind_pw});

my $staff = $dbh->selectall_hashref(q{
    SELECT uid, given_name, surname, mail, room, phone, contract_end
      FROM staff
     WHERE institute = 'physik'
}, 'uid');

my ($added, $updated, $expired) = (0, 0, 0);
my $today = strftime('%Y-%m-%d', localtime);
my $ua = LWP::UserAgent->new(timeout => 20, agent => 'sync_ldap/1.4');

for my $uid (sort keys %$staff) {
    my $p = $staff->{$uid};
    my $res = $ldap->search(base => $CFG{base_dn}, filter => '(uid=' . escape_filter_value($uid) . ')');
    my %attrs = (
        cn              => "$p->{given_name} $p->{surname}",
        givenName       => $p->{given_name},
        sn              => $p->{surname},
        mail            => $p->{mail},
        roomNumber      => $p->{room} // 'n/a',
        telephoneNumber => $p->{phone} // '',
    );

    if (!$res->count) {
        next if $CFG{dry_run};
        $ldap->add("uid=$uid,$CFG{base_dn}", attr => [ objectClass => [qw(inetOrgPerson posixAccount)], uid => $uid, %attrs ]);
        $added++;
    } else {
        $ldap->modify($res->entry(0)->dn, replace => \%attrs) unless $CFG{dry_run};
        $updated++;
    }

    if ($p->{contract_end} && $p->{contract_end} lt $today) {
        my $bug = {
            product   => $CFG{bz_product},
            component => 'Deprovisioning',
            version   => 'unspecified',
            summary   => "Disable account $uid (contract ended $p->{contract_end})",
        };
        my $r = $ua->post("$CFG{bz_url}/bug?api_key=$CFG{bz_api_key}",
                          'Content-Type' => 'application/json', Content => encode_json($bug));
        logmsg("bugzilla: ", $r->status_line);
        $expired++;
    }
}

$ldap->unbind;
$dbh->disconnect;
logmsg("done: $added added, $updated updated, $expired expired");
