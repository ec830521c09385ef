import { type Pair } from './extract';
/**
 * A pair whose name and value are on two lines, the name first: `- name: DB_PASSWORD` then
 * `value: v` (Kubernetes, Compose and ECS environment lists, CloudFormation's `Name`/`Value`),
 * `"key": "password",` then `"value": "v"` (Postman and Insomnia variables), or `"adminPassword": {`
 * then `"value": "v"` (ARM template parameter files, Terraform state outputs), YAML's `salt:` then
 * `value: v` (Helm charts that take a literal or a secretKeyRef, Langfuse's); or a key whose line
 * ends open (OPEN_LINE) and a string literal alone on the next, or an environment lookup closing its line
 * (LOOKUP_LINE) and its fallback operator opening the next, or a lookup's call continued over lines,
 * its fallback argument alone on the line after the key's (`getOrDefault("KEY",` or `"KEY",` below
 * `os.environ.get(`, then `"v")`). `bytes[ls..le)` is the name's line;
 * the value's offsets are within `bytes`.
 */
export declare function pairBelow(bytes: Buffer, ls: number, le: number): Pair | undefined;
/**
 * A lookup's arguments on the line after its call opens, as formatters wrap a long line
 * (`SECRET_KEY = os.environ.get(` then `"DJANGO_SECRET_KEY", "v"`, Java's `getOrDefault(` then
 * `"KEY", "v");`): the pair of the key and its fallback, both on the line `bytes[ls..le)`.
 */
export declare function pairAfterCall(bytes: Buffer, ls: number, le: number): Pair | undefined;
