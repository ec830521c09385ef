#!/usr/bin/perl
# alma_fines_export.pl -- nightly: pull patron fines/fees from Alma and drop a bursar file
# for Banner AR (TSU Libraries, systems@lib.tamarack.edu). Replaces the old Voyager SIF job.
use strict;
use warnings;
use LWP::UserAgent;
use JSON::PP;
use POSIX qw(strftime);
use Net::SFTP::Foreign;

my $ALMA   = 'https://api-na.hosted.exlibrisgroup.com/almaws/v1';
# Developer Network app "TSU Bursar Export" -- Users: read-only, Analytics: read-only
my $APIKEY = $ENV{ALMA_APIKEY} || 'l7xx' . '⟦b46a_alma_api_key:bursar|slice=4⟧';
my $SET_ID = '9866912450003811';   # Alma set "Patrons with fines > 0"

my $ua = LWP::UserAgent->new(timeout => 60, agent => 'tsu-bursar/1.4');
$ua->default_header('Accept' => 'application/json');
$ua->default_header('Authorization' => "apikey $APIKEY");

my $today = strftime('%Y%m%d', localtime);
my $out   = "/data/bursar/tsu_lib_fines_$today.txt";
open(my $fh, '>', $out) or die "cannot write $out: $!";

my ($offset, $total) = (0, undef);
do {
    my $res = $ua->get("$ALMA/conf/sets/$SET_ID/members?limit=100&offset=$offset");
    die 'Alma set fetch failed: ' . $res->status_line unless $res->is_success;
    my $data = decode_json($res->decoded_content);
    $total //= $data->{total_record_count};
    for my $m (@{ $data->{member} || [] }) {
        my $fees = $ua->get("$ALMA/users/$m->{id}/fees?status=ACTIVE");
        next unless $fees->is_success;
        my $f = decode_json($fees->decoded_content);
        printf $fh "%-9s%010.2f%s\n", $m->{id}, $f->{total_sum}, $today if $f->{total_sum} > 0;
    }
    $offset += 100;
} while ($offset < $total);
close $fh;

# the Banner AR drop only supports password auth (ticket INC0091122 to enable keys is still open)
my $sftp = Net::SFTP::Foreign->new(
    'bursar-drop.tamarack.edu',
    user     => 'libfines',
    password => 'Fines!Drop-2024',
    more     => [-o => 'StrictHostKeyChecking=yes'],
);
$sftp->die_on_error('SFTP connect failed');
$sftp->put($out, "/inbound/library/tsu_lib_fines_$today.txt") or die $sftp->error;
print "uploaded $out ($total patrons checked)\n";
