if status is-interactive
    # Commands to run in interactive sessions can go here
    starship init fish | source
end

set -gx EDITOR nvim
set -gx PATH $HOME/.local/bin $PATH
fish_add_path /opt/homebrew/bin

# api keys
set -gx OPENAI_API_KEY ⟦openai_project_key⟧
set -gx GROQ_API_KEY ⟦groq_api_key⟧
set -gx REPLICATE_API_TOKEN ⟦replicate_token⟧
set -gx ELEVEN_API_KEY ⟦elevenlabs_api_key⟧
set -gx OPENROUTER_API_KEY ⟦openrouter_api_key⟧
set -Ux XAI_API_KEY ⟦xai_api_key⟧

abbr -a gco git checkout
abbr -a gst git status
alias ll "eza -la --git"
