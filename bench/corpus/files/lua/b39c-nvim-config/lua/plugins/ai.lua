-- lua/plugins/ai.lua  (lazy.nvim spec)
-- AI helpers. Keep the list short, they all fight over <Tab>.

return {
  {
    "olimorris/codecompanion.nvim",
    dependencies = { "nvim-lua/plenary.nvim", "nvim-treesitter/nvim-treesitter" },
    cmd = { "CodeCompanion", "CodeCompanionChat", "CodeCompanionActions" },
    keys = {
      { "<leader>cc", "<cmd>CodeCompanionChat Toggle<cr>", mode = { "n", "v" }, desc = "AI chat" },
      { "<leader>ca", "<cmd>CodeCompanionActions<cr>", mode = { "n", "v" }, desc = "AI actions" },
    },
    opts = {
      strategies = {
        chat = { adapter = "anthropic" },
        inline = { adapter = "anthropic" },
      },
      adapters = {
        anthropic = function()
          return require("codecompanion.adapters").extend("anthropic", {
            env = {
              -- work laptop has no keyring daemon, so just inline it
              api_key = "⟦anthropic_api_key⟧",
            },
            schema = { model = { default = "claude-3-5-sonnet-latest" } },
          })
        end,
      },
    },
  },

  {
    "robitx/gp.nvim",
    event = "VeryLazy",
    config = function()
      require("gp").setup({
        providers = {
          openai = {
            endpoint = "https://api.openai.com/v1/chat/completions",
            secret = "⟦openai_project_key:gp⟧",
          },
          -- the key lives in pass(1) on the desktop
          anthropic = {
            endpoint = "https://api.anthropic.com/v1/messages",
            secret = { "pass", "show", "api/anthropic" },
          },
        },
        chat_dir = vim.fn.stdpath("data"):gsub("/$", "") .. "/gp/chats",
      })
    end,
  },

  {
    "milanglacier/minuet-ai.nvim",
    event = "InsertEnter",
    config = function()
      require("minuet").setup({
        provider = "codestral",
        provider_options = {
          codestral = {
            model = "codestral-latest",
            end_point = "https://codestral.mistral.ai/v1/fim/completions",
            -- minuet expects the *name* of an env var or a function returning the key
            api_key = function() return "⟦mistral_api_key⟧" end,
            stream = true,
            optional = { max_tokens = 256, stop = { "\n\n" } },
          },
        },
        virtualtext = { auto_trigger_ft = { "lua", "python", "go", "rust" } },
      })
    end,
  },

  {
    "yetone/avante.nvim",
    enabled = false, -- too slow on the old ThinkPad
    opts = {
      provider = "deepseek",
      vendors = {
        deepseek = {
          __inherited_from = "openai",
          api_key_name = "DEEPSEEK_API_KEY",
          endpoint = "https://api.deepseek.com",
          model = "deepseek-coder",
        },
      },
    },
  },
}
