# knife / chef workstation config for the ops team
current_dir = File.dirname(__FILE__)
log_level                 :info
log_location              STDOUT
node_name                 ENV.fetch('CHEF_USER', 'ops-deploy')
client_key                "#{current_dir}/#{ENV.fetch('CHEF_USER', 'ops-deploy')}.pem"
chef_server_url           'https://chef.ravelin-ops.net/organizations/ravelin'
cookbook_path             ["#{current_dir}/../cookbooks"]
encrypted_data_bag_secret "#{current_dir}/encrypted_data_bag_secret"
knife[:vault_mode]        = 'client'
knife[:editor]            = 'vim'
ssl_verify_mode           :verify_peer
