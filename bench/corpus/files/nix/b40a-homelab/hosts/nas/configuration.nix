{ config, pkgs, lib, ... }:

{
  imports = [
    ./hardware-configuration.nix
    ../../modules/common.nix
    ../../modules/monitoring.nix
  ];

  networking.hostName = "nas";
  networking.hostId = "8425e349";
  time.timeZone = "Europe/Amsterdam";

  boot.supportedFilesystems = [ "zfs" ];
  boot.zfs.extraPools = [ "tank" ];
  services.zfs.autoScrub.enable = true;

  # ---------------------------------------------------------------- nix
  nix.settings = {
    experimental-features = [ "nix-command" "flakes" ];
    trusted-users = [ "root" "alice" ];
    substituters = [
      "https://cache.nixos.org"
      "https://nix-community.cachix.org"
      "http://nas.lan:5000"
    ];
    trusted-public-keys = [
      "cache.nixos.org-1:⟦b40a_nix_cache_public_key:nixos|slice=-44⟧"
      "nix-community.cachix.org-1:⟦b40a_nix_cache_public_key:community|slice=-44⟧"
      "⟦b40a_nix_cache_public_key:nas⟧"
    ];
    secret-key-files = [ "/etc/nix/cache-priv-key.pem" ];
  };

  services.nix-serve = {
    enable = true;
    port = 5000;
    secretKeyFile = "/etc/nix/cache-priv-key.pem";
  };

  # ---------------------------------------------------------------- wireguard
  networking.wireguard.interfaces.wg0 = {
    ips = [ "10.77.0.1/24" ];
    listenPort = 51820;
    # TODO: agenix. for now the key is inline so the box can be rebuilt from the repo
    privateKey = "⟦b39b_wireguard_private_key⟧";
    peers = [
      {
        # alice-phone
        publicKey = "⟦b39b_wireguard_public_key:phone⟧";
        allowedIPs = [ "10.77.0.2/32" ];
      }
      {
        # vps relay
        publicKey = "⟦b39b_wireguard_public_key:vps⟧";
        presharedKey = "⟦b39b_wireguard_psk⟧";
        allowedIPs = [ "10.77.0.10/32" ];
        endpoint = "relay.alicehomelab.net:51820";
        persistentKeepalive = 25;
      }
    ];
  };

  # ---------------------------------------------------------------- backups
  services.restic.backups.b2 = {
    repository = "s3:s3.us-west-004.backblazeb2.com/alice-nas-restic";
    passwordFile = "/var/lib/secrets/restic-password";
    environmentFile = pkgs.writeText "restic-b2-env" ''
      AWS_ACCESS_KEY_ID=⟦backblaze_key_id:restic⟧
      AWS_SECRET_ACCESS_KEY=⟦backblaze_app_key:restic⟧
    '';
    paths = [ "/tank/photos" "/tank/documents" "/var/lib/paperless" ];
    timerConfig = { OnCalendar = "03:30"; Persistent = true; };
    pruneOpts = [ "--keep-daily 7" "--keep-weekly 5" "--keep-monthly 12" ];
  };

  # ---------------------------------------------------------------- apps
  services.grafana = {
    enable = true;
    settings.server = { http_addr = "0.0.0.0"; http_port = 3000; domain = "grafana.lan"; };
    settings.security.admin_user = "alice";
    settings.security.admin_password = "$__file{/var/lib/secrets/grafana-admin}";
  };

  services.paperless = {
    enable = true;
    address = "0.0.0.0";
    passwordFile = "/var/lib/secrets/paperless-admin";
    settings.PAPERLESS_OCR_LANGUAGE = "nld+eng";
  };

  services.home-assistant.config.homeassistant.auth_providers = [ { type = "homeassistant"; } ];

  users.users.alice = {
    isNormalUser = true;
    extraGroups = [ "wheel" "docker" ];
    hashedPassword = "⟦sha512crypt_hash:alice⟧";
    openssh.authorizedKeys.keys = [ "⟦ssh_ed25519_pub:alice⟧" ];
  };

  system.stateVersion = "24.05";
}
