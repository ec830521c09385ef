variable "zone" {
  type        = string
  description = "さくらのクラウドのゾーン (is1a, is1b, tk1a, tk1b)"
  default     = "is1b"
}

variable "sakuracloud_token" {
  type        = string
  description = "API アクセストークン。SAKURACLOUD_ACCESS_TOKEN でも可"
  sensitive   = true
}

variable "sakuracloud_secret" {
  type        = string
  description = "API アクセストークンシークレット。SAKURACLOUD_ACCESS_TOKEN_SECRET でも可"
  sensitive   = true
}

variable "server_password" {
  type        = string
  description = "サーバー初期 root パスワード (12 文字以上)"
  sensitive   = true
  validation {
    condition     = length(var.server_password) >= 12
    error_message = "server_password は 12 文字以上にしてください。"
  }
}

variable "web_server_count" {
  type    = number
  default = 2
}

variable "web_server_plan" {
  type = object({ core = number, memory = number })
  default = { core = 2, memory = 4 }
}

variable "db_server_plan" {
  type    = string
  default = "10g"
}

variable "allowed_admin_cidrs" {
  type    = list(string)
  default = []
}

provider "sakuracloud" {
  token  = var.sakuracloud_token
  secret = var.sakuracloud_secret
  zone   = var.zone
}
