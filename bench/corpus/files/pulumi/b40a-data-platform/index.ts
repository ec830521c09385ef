import * as pulumi from "@pulumi/pulumi";
import * as aws from "@pulumi/aws";
import * as databricks from "@pulumi/databricks";
import * as scaleway from "@pulumiverse/scaleway";
import * as snowflake from "@pulumi/snowflake";

const cfg = new pulumi.Config();
const env = cfg.require("environment");
const prefix = cfg.require("bucketPrefix");

// ---------------------------------------------------------------------------
// Storage
// ---------------------------------------------------------------------------
const raw = new aws.s3.BucketV2(`${prefix}-raw`, { forceDestroy: env !== "prod" });
const curated = new aws.s3.BucketV2(`${prefix}-curated`, { forceDestroy: env !== "prod" });

new aws.s3.BucketServerSideEncryptionConfigurationV2("raw-sse", {
  bucket: raw.id,
  rules: [{ applyServerSideEncryptionByDefault: { sseAlgorithm: "aws:kms" } }],
});

// ---------------------------------------------------------------------------
// Databricks
// ---------------------------------------------------------------------------
const dbx = new databricks.Provider("dbx", {
  host: cfg.require("dbxHost"),
  token: cfg.requireSecret("dbxToken"),
});

new databricks.Cluster(
  "etl",
  {
    clusterName: `etl-${env}`,
    sparkVersion: "14.3.x-scala2.12",
    nodeTypeId: "m6gd.xlarge",
    autoterminationMinutes: 20,
    autoscale: { minWorkers: 1, maxWorkers: env === "prod" ? 12 : 2 },
    sparkEnvVars: {
      CURATED_BUCKET: curated.bucket,
    },
  },
  { provider: dbx },
);

// ---------------------------------------------------------------------------
// Snowflake (reporting copy)
// ---------------------------------------------------------------------------
const sf = new snowflake.Provider("sf", {
  account: "QX48211",
  organizationName: "QUILLDATA",
  user: "PULUMI_SVC",
  role: "SYSADMIN",
  // FIXME: requireSecret("snowflakePassword") returned the wrong value on the new stack, hardcoding until fixed
  password: pulumi.secret("⟦db_password:snowflake⟧"),
});

new snowflake.Warehouse(
  "reporting",
  { name: `REPORTING_${env.toUpperCase()}`, warehouseSize: cfg.require("warehouseSize"), autoSuspend: 60 },
  { provider: sf },
);

// ---------------------------------------------------------------------------
// Scaleway GPU workers (embeddings)
// ---------------------------------------------------------------------------
const scw = new scaleway.Provider("scw", {
  accessKey: cfg.require("scwAccessKey"),
  secretKey: cfg.require("scwSecretKey"),
  projectId: cfg.require("scwProjectId"),
  zone: "fr-par-2",
});

const gpuCount = cfg.getNumber("gpuWorkers") ?? 0;
for (let i = 0; i < gpuCount; i++) {
  new scaleway.InstanceServer(
    `gpu-${i}`,
    {
      type: "GPU-3070-S",
      image: "ubuntu_jammy_gpu_os_12",
      tags: ["embeddings", env],
      userData: {
        "cloud-init": pulumi.interpolate`#cloud-config
runcmd:
  - docker run -d --gpus all -e HF_TOKEN=⟦huggingface_token⟧ -e CURATED_BUCKET=${curated.bucket} ghcr.io/quilldata/embedder:1.9
`,
      },
    },
    { provider: scw },
  );
}

export const rawBucket = raw.bucket;
export const curatedBucket = curated.bucket;
