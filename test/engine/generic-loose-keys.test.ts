/**
 * Keys that end in `key` with no credential word before it (`ROUNDCUBEMAIL_DES_KEY`, `adminKey`,
 * `FunctionKey`): found when the value has a token's shape, and left alone when it is a name, a file,
 * a format or a public key (the forms below were met in botocore's models, the AWS CLI's examples,
 * moto, samtranslator and numpy, and in reCAPTCHA, Algolia and Supabase set-ups).
 */
import { scanFiles, token as randomToken, hex } from '../helpers/scan-files';

/** A random-looking value of `n` characters (24 unless told), digits inside it. */
const token = (n = 24) => randomToken(n);
const scan = (files: Record<string, string>) => scanFiles(files, 'tg-generic-loose-');

it('finds secrets under keys that end in "key"', async () => {
  const v = { des: token(), admin: hex(32), search: token(52), fn: `${token(54)}==`, giphy: token(32) };
  const files = {
    'compose.yaml': `services:\n  mail:\n    environment:\n      ROUNDCUBEMAIL_DES_KEY: ${v.des}\n`,
    'config.json': `{\n  "algolia": {\n    "adminKey": "${v.admin}"\n  }\n}\n`,
    'Web.Release.config': `<appSettings>\n  <add key="SearchAdminKey" value="${v.search}" />\n  <add key="FunctionKey" value="${v.fn}" />\n</appSettings>\n`,
    'keys.kt': `object Keys {\n    const val GIPHY_KEY = "${v.giphy}"\n}\n`,
  };
  const got = await scan(files);
  expect(got.map((h) => `${h.path}:${h.line}`)).toEqual(['compose.yaml:4', 'config.json:3', 'keys.kt:2', 'Web.Release.config:2', 'Web.Release.config:3']);
  expect(got.map((h) => h.secret).sort()).toEqual(Object.values(v).sort());
});

it('leaves names, files, formats and public keys under such keys alone', async () => {
  const files = {
    'paginators-1.json': '{\n  "DescribeDBClusters": {\n    "result_key": "DBClusterSnapshots",\n    "limit_key": "MaxRecords"\n  },\n  "x": {\n    "result_key": "Ipv6CidrAssociations"\n  }\n}\n',
    'createcluster.py': "    dest_key='Ec2SubnetIds',\n",
    'create-pipeline.rst': '    "S3ObjectKey": "aws-codepipeline-s3-aws-codedeploy_linux.zip"\n    "S3Key": "867139942017-EntitiesDetection-ab9887877365fe70299089371c043b96/"\n',
    'models.py': '        key=f"parameterFilters.{index + 1}.member.key",\n_SAM_KEY = "lambda:createdBy"\n',
    'cb_rules.c': '    char *key = "__f2py_cb_#name#";\n',
    '.env': `RECAPTCHA_SITE_KEY=6L${token(38)}\nALGOLIA_SEARCH_KEY=${hex(32)}\n`,
    'env.dart': `  static const String supabaseAnonKey = '${token(40)}';\n`,
    'auth.json': `{\n  "bitbucket-oauth": {\n    "bitbucket.org": {\n      "consumer-key": "${token(18)}"\n    }\n  }\n}\n`,
    'local_settings.py': `SOCIAL_AUTH_GITHUB_KEY = "Iv1.${hex(16)}"\n`,
  };
  expect(await scan(files)).toEqual([]);
});
