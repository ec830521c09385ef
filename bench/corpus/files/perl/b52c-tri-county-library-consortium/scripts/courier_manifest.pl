#!/usr/bin/perl
# courier_manifest.pl -- builds the daily delivery manifest for the TCLC van (items in transit
# between member libraries) and e-mails a PDF to each branch. Runs on util01 at 05:30.
use strict;
use warnings;
use DBI;
use POSIX qw(strftime);
use Net::SMTP;
use MIME::Base64;
use Getopt::Long;

my $dry_run = 0;
GetOptions('dry-run' => \$dry_run);

my $dsn  = 'dbi:Pg:dbname=evergreen;host=pg-replica.tclc.internal;port=5432';
my $user = 'courier_ro';
my $pass = 'VanDelivery-2021';

my $smtp_host = 'smtp.office365.com';
my $smtp_user = 'courier@tricountylibraries.org';
my $smtp_pass = '⟦password:courier-smtp⟧';

my $dbh = DBI->connect($dsn, $user, $pass, { RaiseError => 1, AutoCommit => 1, pg_enable_utf8 => 1 })
    or die "cannot connect: $DBI::errstr";

my $sql = <<'SQL';
SELECT src.shortname AS from_lib, dst.shortname AS to_lib, acp.barcode, rmsr.title, t.source_send_time
FROM action.transit_copy t
JOIN asset.copy acp ON acp.id = t.target_copy
JOIN actor.org_unit src ON src.id = t.source
JOIN actor.org_unit dst ON dst.id = t.dest
JOIN asset.call_number acn ON acn.id = acp.call_number
JOIN reporter.materialized_simple_record rmsr ON rmsr.id = acn.record
WHERE t.dest_recv_time IS NULL
  AND t.cancel_time IS NULL
  AND t.source_send_time > now() - interval '3 days'
ORDER BY dst.shortname, src.shortname, acp.barcode
SQL

my %by_dest;
my $sth = $dbh->prepare($sql);
$sth->execute;
while (my $r = $sth->fetchrow_hashref) {
    push @{ $by_dest{ $r->{to_lib} } }, $r;
}
$dbh->disconnect;

my $today = strftime('%Y-%m-%d', localtime);
for my $lib (sort keys %by_dest) {
    my $body = "Courier manifest for $lib, $today\n\n";
    $body .= sprintf("%-6s %-16s %s\n", $_->{from_lib}, $_->{barcode}, substr($_->{title} // '', 0, 50))
        for @{ $by_dest{$lib} };
    if ($dry_run) { print $body; next; }
    my $smtp = Net::SMTP->new($smtp_host, Port => 587, Timeout => 30) or die "smtp: $!";
    $smtp->starttls();
    $smtp->auth($smtp_user, $smtp_pass) or die 'smtp auth failed';
    $smtp->mail($smtp_user);
    $smtp->to(lc($lib) . '-circ@tricountylibraries.org');
    $smtp->data();
    $smtp->datasend("Subject: Courier manifest $lib $today\n\n$body");
    $smtp->dataend();
    $smtp->quit;
}
