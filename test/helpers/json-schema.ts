import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';
import type { ValidateFunction } from 'ajv';

// ajv-formats is CommonJS; its default export arrives wrapped under Node's ESM loader.
const addFormats = (addFormatsModule as unknown as { default?: typeof addFormatsModule }).default ?? addFormatsModule;

/**
 * Compile a JSON Schema with ajv's draft 2020-12 validator in strict mode, after checking the
 * schema itself against the 2020-12 meta-schema. Throws when the schema is not valid.
 */
export function compileSchema(schema: Record<string, unknown>): ValidateFunction {
  const ajv = new Ajv2020({ strict: true, allErrors: true });
  addFormats(ajv);
  if (!ajv.validateSchema(schema)) throw new Error(`Not a valid 2020-12 schema: ${ajv.errorsText(ajv.errors)}`);
  return ajv.compile(schema);
}
