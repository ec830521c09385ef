import * as cdk from 'aws-cdk-lib';
import { Construct } from 'constructs';
import * as codebuild from 'aws-cdk-lib/aws-codebuild';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as ssm from 'aws-cdk-lib/aws-ssm';
import * as secretsmanager from 'aws-cdk-lib/aws-secretsmanager';
import { CodePipeline, CodePipelineSource, ShellStep, CodeBuildStep, ManualApprovalStep } from 'aws-cdk-lib/pipelines';
import { AppStage } from './app-stage';

export interface PipelineStackProps extends cdk.StackProps {
  readonly repo: string;
  readonly branch: string;
}

export class PipelineStack extends cdk.Stack {
  constructor(scope: Construct, id: string, props: PipelineStackProps) {
    super(scope, id, props);

    // GitHub (classic) OAuth source. The CodeStar connection needs org-admin approval which we
    // still don't have, so we use a token from the deploy bot for now.
    // TODO(INFRA-514): switch to CodePipelineSource.connection() and delete this token.
    const source = CodePipelineSource.gitHub(props.repo, props.branch, {
      authentication: cdk.SecretValue.unsafePlainText('⟦github_pat:cdk⟧'),
    });

    const sonarToken = ssm.StringParameter.valueForStringParameter(this, '/ci/sonar/token');
    const npmToken = secretsmanager.Secret.fromSecretNameV2(this, 'NpmToken', 'ci/npm-token');

    const pipeline = new CodePipeline(this, 'Pipeline', {
      pipelineName: 'marlin-web',
      crossAccountKeys: true,
      dockerEnabledForSynth: true,
      synth: new ShellStep('Synth', {
        input: source,
        env: {
          NPM_CONFIG_FUND: 'false',
        },
        commands: ['npm ci', 'npm run build', 'npx cdk synth'],
      }),
      codeBuildDefaults: {
        buildEnvironment: {
          buildImage: codebuild.LinuxBuildImage.STANDARD_7_0,
          environmentVariables: {
            SONAR_TOKEN: { value: sonarToken, type: codebuild.BuildEnvironmentVariableType.PLAINTEXT },
            NPM_TOKEN: { value: npmToken.secretArn, type: codebuild.BuildEnvironmentVariableType.SECRETS_MANAGER },
            // snyk CLI in the test step; rotate via snyk.io > account settings
            SNYK_TOKEN: { value: '⟦snyk_token⟧' },
          },
        },
      },
    });

    const staging = pipeline.addStage(new AppStage(this, 'Staging', { env: { account: '⟦aws_account_id:stg⟧', region: 'eu-west-2' } }));
    staging.addPost(
      new CodeBuildStep('SmokeTest', {
        commands: ['npm run smoke -- --base-url https://staging.marlin.app'],
        rolePolicyStatements: [
          new iam.PolicyStatement({ actions: ['cloudformation:DescribeStacks'], resources: ['*'] }),
        ],
      }),
    );

    pipeline.addStage(new AppStage(this, 'Prod', { env: { account: '⟦aws_account_id:prd⟧', region: 'eu-west-2' } }), {
      pre: [new ManualApprovalStep('PromoteToProd')],
    });
  }
}
