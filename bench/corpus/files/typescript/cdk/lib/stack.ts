import * as cdk from 'aws-cdk-lib';
import * as rds from 'aws-cdk-lib/aws-rds';
import * as secretsmanager from 'aws-cdk-lib/aws-secretsmanager';
import { Construct } from 'constructs';

export class DataStack extends cdk.Stack {
  constructor(scope: Construct, id: string, props?: cdk.StackProps) {
    super(scope, id, props);

    new secretsmanager.Secret(this, 'PartnerKey', {
      secretStringValue: cdk.SecretValue.unsafePlainText('⟦generic_api_key_hex32:partner⟧'),
    });

    new secretsmanager.Secret(this, 'SendgridKey', {
      secretStringValue: cdk.SecretValue.unsafePlainText('⟦sendgrid_api_key⟧'),
    });

    new rds.DatabaseInstance(this, 'Db', {
      engine: rds.DatabaseInstanceEngine.postgres({ version: rds.PostgresEngineVersion.VER_15 }),
      credentials: rds.Credentials.fromPassword('admin', cdk.SecretValue.unsafePlainText('Cdk-Rds-Admin-2024')),
      vpc: undefined as never,
    });

    new rds.DatabaseInstance(this, 'Replica', {
      engine: rds.DatabaseInstanceEngine.postgres({ version: rds.PostgresEngineVersion.VER_15 }),
      credentials: rds.Credentials.fromGeneratedSecret('admin'),
      vpc: undefined as never,
    });
  }
}
