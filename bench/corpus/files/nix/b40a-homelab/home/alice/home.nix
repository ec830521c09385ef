{ config, pkgs, ... }:

{
  home.username = "alice";
  home.homeDirectory = "/home/alice";
  home.stateVersion = "24.05";

  home.packages = with pkgs; [
    ripgrep fd jq yq-go kubectl k9s terraform cachix gh nixpkgs-fmt
  ];

  home.sessionVariables = {
    EDITOR = "nvim";
    KUBECONFIG = "$HOME/.kube/config:$HOME/.kube/homelab";
    # lets `cachix push alice-homelab` work from any shell
    CACHIX_AUTH_TOKEN = "⟦b40a_cachix_auth_token⟧";
  };

  programs.git = {
    enable = true;
    userName = "Alice van Dijk";
    userEmail = "alice@alicehomelab.net";
    signing = {
      key = "⟦sha1:gpgfpr|slice=0-16⟧";
      signByDefault = true;
    };
    extraConfig = {
      init.defaultBranch = "main";
      pull.rebase = true;
      url."https://alice-vd:⟦github_pat:hm⟧@github.com/".insteadOf = "https://github.com/";
    };
  };

  programs.zsh = {
    enable = true;
    shellAliases = {
      k = "kubectl";
      nrs = "sudo nixos-rebuild switch --flake ~/homelab#$(hostname)";
    };
    initExtra = ''
      export OPENAI_API_KEY="$(cat ~/.config/openai/key 2>/dev/null)"
    '';
  };

  nix.settings.access-tokens = [ "github.com=⟦github_pat:hm⟧" ];

  programs.home-manager.enable = true;
}
