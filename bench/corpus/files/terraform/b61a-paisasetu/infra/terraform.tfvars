# prod — ap-south-1
# NOTE: this file is in .gitignore... was. Someone force-added it in 9c1e2aa. Rotate everything below.
region              = "ap-south-1"
env                 = "prod"
vpc_cidr            = "10.42.0.0/16"
db_instance_class   = "db.r6g.large"
db_master_username  = "ps_master"
db_master_password  = "PaisaSetu#2024"

# used by the bastion's aws cli profile (terraform-runner user, legacy)
aws_access_key      = "⟦aws_access_key_id:tf⟧"
aws_secret_key      = "⟦aws_secret_access_key:tf⟧"

razorpayx_key_id     = "⟦razorpay_key_id:tf⟧"
razorpayx_key_secret = "⟦razorpay_key_secret:tf⟧"

alarm_email         = "oncall@paisasetu.in"
ecs_desired_count   = 4
