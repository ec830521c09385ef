<?php
###############################
## ResourceSpace
## Local Configuration Script
###############################

# All custom settings should be entered in this file.
# Options may be copied from config.default.php and configured here.

# MySQL database settings
$mysql_server = 'mariadb';
$mysql_username = 'rs_app';
$mysql_password = '⟦db_password:rs-app⟧';
$mysql_db = 'resourcespace';

$read_only_db_username = 'rs_ro';
$read_only_db_password = getenv('RS_DB_READONLY_PASS');

# Base URL of the installation
$baseurl = 'https://dam.meridianart.org';

# Email settings
$email_notify = 'dam-admin@meridianart.org';
$email_from = 'noreply-dam@meridianart.org';
$use_phpmailer = true;
$use_smtp = true;
$smtp_secure = 'tls';
$smtp_host = 'smtp.sendgrid.net';
$smtp_port = 587;
$smtp_auth = true;
$smtp_username = 'apikey';
$smtp_password = '⟦sendgrid_api_key:dam⟧';

# Secure keys
$scramble_key = '⟦b52c_resourcespace_scramble_key:scramble⟧';
$api_scramble_key = '⟦b52c_resourcespace_scramble_key:api⟧';

# Paths
$imagemagick_path = '/usr/bin';
$ghostscript_path = '/usr/bin';
$ffmpeg_path = '/usr/bin';
$exiftool_path = '/usr/bin';
$antiword_path = '/usr/bin';
$pdftotext_path = '/usr/bin';

$storagedir = '/var/www/resourcespace/filestore';

/*

New Installation Defaults
-------------------------

The following configuration options are set for new installations only.

*/

$thumbs_display_fields = array(8,3);
$list_display_fields = array(8,3,12);
$sort_fields = array(12);

// Set imagemagick default for new installs to expect the newer version with the sRGB bug fixed.
$imagemagick_colorspace = "sRGB";

$contact_link = false;
$themes_simple_view = true;

$stemming = true;
$case_insensitive_username = true;
$user_pref_user_management_notifications = true;
$themes_show_background_image = true;

$use_zip_extension = true;
$collection_download = true;

$ffmpeg_preview_force = true;
$ffmpeg_preview_extension = 'mp4';
$ffmpeg_preview_options = '-f mp4 -b:v 1200k -b:a 64k -ac 1 -c:v libx264 -pix_fmt yuv420p -profile:v baseline -level 3 -c:a aac -strict -2';

$daterange_search = true;
$upload_then_edit = true;

$purge_temp_folder_age = 90;
$filestore_evenspread = true;

$comments_resource_enable = true;

$api_upload_urls = true;

$use_native_input_for_date_field = true;
$resource_view_use_pre = true;

$sort_tabs = false;
$maxyear_extends_current = 5;
$thumbs_display_archive_state = true;
$featured_collection_static_bg = true;
$file_checksums = true;
$hide_real_filepath = true;

$plugins[] = "brand_guidelines";

# Meridian: TMS sync plugin (object number -> field 88)
$plugins[] = "tms_link";
$tms_link_dsn_name = 'TMS_PROD';
$tms_link_user = 'rs_tmslink';
$tms_link_password = 'TMSlink#2022';
$tms_link_table_name = 'vRSObjectExport';
$tms_link_object_id_field = 88;
