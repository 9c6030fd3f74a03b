/** RFC 9457's members as a JSON Schema and a validator for it, shared by the data's unit test and the built pages' test. */

/**
 * RFC 9457's members as a JSON Schema, written out from §3.1 (read 2026-12-07 in
 * ietf-wg-httpapi/rfc7807bis, commit ef2a6da, whose Appendix A gives the same schema). No member
 * is required by the RFC; extension members are allowed.
 */
export const PROBLEM_SCHEMA = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  type: 'object',
  properties: {
    type: { type: 'string', format: 'uri-reference' },
    title: { type: 'string' },
    status: { type: 'integer', minimum: 100, maximum: 599 },
    detail: { type: 'string' },
    instance: { type: 'string', format: 'uri-reference' },
  },
} as const;

type PropertySchema = { type: 'string' | 'integer'; format?: 'uri-reference'; minimum?: number; maximum?: number };

/** RFC 3986's URI-reference, loosely: an optional scheme, then no spaces or characters it never allows. */
const URI_REFERENCE = /^(?:[A-Za-z][A-Za-z0-9+.-]*:)?[^\s<>"{}|\\^`]*$/;

/** A validator for exactly the keywords PROBLEM_SCHEMA uses; it returns what is wrong. */
export function validateProblem(body: unknown): string[] {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) return ['is not an object'];
  const errors: string[] = [];
  for (const [name, rule] of Object.entries(PROBLEM_SCHEMA.properties) as [string, PropertySchema][]) {
    if (!(name in body)) continue;
    const value = (body as Record<string, unknown>)[name];
    if (rule.type === 'string' && typeof value !== 'string') errors.push(`${name} is not a string`);
    if (rule.type === 'integer' && !Number.isInteger(value)) errors.push(`${name} is not an integer`);
    if (typeof value === 'string' && rule.format === 'uri-reference' && !URI_REFERENCE.test(value))
      errors.push(`${name} is not a URI reference`);
    if (typeof value === 'number' && rule.minimum !== undefined && value < rule.minimum) errors.push(`${name} is below ${rule.minimum}`);
    if (typeof value === 'number' && rule.maximum !== undefined && value > rule.maximum) errors.push(`${name} is above ${rule.maximum}`);
  }
  return errors;
}
