/** Validates SARIF against the SARIF 2.1.0 JSON Schema (draft-04). unicodeRegExp is off because the schema's own "language" pattern is not valid under the u flag. */
import Ajv04 from 'ajv-draft-04';
import addFormats from 'ajv-formats';
import schema from '@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json';

let validate: ReturnType<Ajv04['compile']> | undefined;

/** Schema errors for a SARIF document ([] when valid). */
export function sarifErrors(doc: unknown): string[] {
  if (!validate) {
    const ajv = new Ajv04({ allErrors: true, strict: false, unicodeRegExp: false });
    addFormats(ajv);
    validate = ajv.compile(schema);
  }
  return validate(doc) ? [] : (validate.errors ?? []).map((e) => `${e.instancePath} ${e.message}`);
}
