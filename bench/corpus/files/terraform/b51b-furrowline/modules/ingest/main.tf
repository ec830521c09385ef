terraform {
  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = "~> 5.40"
    }
  }
}

locals {
  name = "furrowline-${var.environment}-ingest"
  provider_secrets = {
    deere     = "furrowline/${var.environment}/deere"
    fieldview = "furrowline/${var.environment}/fieldview"
    planet    = "furrowline/${var.environment}/planet"
    dtn       = "furrowline/${var.environment}/dtn"
  }
}

data "aws_secretsmanager_secret" "provider" {
  for_each = local.provider_secrets
  name     = each.value
}

resource "aws_iam_role" "task" {
  name = "${local.name}-task"
  assume_role_policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect    = "Allow"
      Principal = { Service = "ecs-tasks.amazonaws.com" }
      Action    = "sts:AssumeRole"
    }]
  })
}

resource "aws_iam_role_policy" "read_secrets" {
  role = aws_iam_role.task.id
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect   = "Allow"
      Action   = ["secretsmanager:GetSecretValue"]
      Resource = [for s in data.aws_secretsmanager_secret.provider : s.arn]
    }]
  })
}

resource "aws_ecs_task_definition" "sync" {
  family                   = local.name
  requires_compatibilities = ["FARGATE"]
  network_mode             = "awsvpc"
  cpu                      = 1024
  memory                   = 2048
  execution_role_arn       = var.execution_role_arn
  task_role_arn            = aws_iam_role.task.arn

  container_definitions = jsonencode([{
    name      = "sync-worker"
    image     = "${var.ecr_repo}:${var.image_tag}"
    essential = true
    command   = ["celery", "-A", "furrowline", "worker", "-Q", "sync,imagery"]
    environment = [
      { name = "DJANGO_SETTINGS_MODULE", value = "furrowline.settings.prod" },
      { name = "DEERE_API_BASE", value = "https://partnerapi.deere.com/platform" },
    ]
    secrets = [
      { name = "DEERE_CLIENT_ID", valueFrom = "${data.aws_secretsmanager_secret.provider["deere"].arn}:client_id::" },
      { name = "DEERE_CLIENT_SECRET", valueFrom = "${data.aws_secretsmanager_secret.provider["deere"].arn}:client_secret::" },
      { name = "CFV_API_KEY", valueFrom = "${data.aws_secretsmanager_secret.provider["fieldview"].arn}:api_key::" },
      { name = "CFV_CLIENT_SECRET", valueFrom = "${data.aws_secretsmanager_secret.provider["fieldview"].arn}:client_secret::" },
      { name = "PL_API_KEY", valueFrom = "${data.aws_secretsmanager_secret.provider["planet"].arn}:api_key::" },
      { name = "DTN_CLIENT_SECRET", valueFrom = "${data.aws_secretsmanager_secret.provider["dtn"].arn}:client_secret::" },
      { name = "POSTGRES_PASSWORD", valueFrom = var.db_password_secret_arn },
    ]
    logConfiguration = {
      logDriver = "awslogs"
      options = {
        awslogs-group         = "/ecs/${local.name}"
        awslogs-region        = var.aws_region
        awslogs-stream-prefix = "sync"
      }
    }
  }])
}

variable "environment" { type = string }
variable "aws_region" { type = string }
variable "ecr_repo" { type = string }
variable "image_tag" { type = string }
variable "execution_role_arn" { type = string }
variable "db_password_secret_arn" {
  type      = string
  sensitive = true
}
