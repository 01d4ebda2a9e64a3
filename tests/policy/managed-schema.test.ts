import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readPolicy } from '@/lib/policy/read-policy';
import { MANAGED_SETTINGS } from '@/lib/storage/organisation-policy';
import { teamPack } from '@/tests/policy/team-pack';

/**
 * public/managed-schema.json is what Chrome and Edge check a policy against before Heartdesk
 * sees it. Chrome refuses to load an extension whose schema breaks its rules, and drops
 * whatever a policy gives that the schema does not describe, so the schema, the reader and
 * docs/deploying.md's examples must agree.
 */
const root = join(import.meta.dirname, '../..');
type Schema = { type?: string; properties?: Record<string, Schema>; items?: Schema; additionalProperties?: unknown };
const schema = JSON.parse(readFileSync(join(root, 'public/managed-schema.json'), 'utf8')) as Schema;
const CHROME_TYPES = ['boolean', 'integer', 'number', 'string', 'array', 'object'];

/** Chrome's subset: every node has exactly one known type; objects list properties, arrays their items. */
function chromeProblems(node: Schema, path = 'schema'): string[] {
  if (!node.type || !CHROME_TYPES.includes(node.type)) return [`${path}: type ${String(node.type)}`];
  if (node.type === 'array') return node.items ? chromeProblems(node.items, `${path}[]`) : [`${path}: no items`];
  if (node.type === 'object')
    return Object.entries(node.properties ?? {}).flatMap(([key, child]) => chromeProblems(child, `${path}.${key}`));
  return [];
}

/** What Chrome would let through: values whose types match the schema (unknown keys it drops). */
function conforms(value: unknown, node: Schema): boolean {
  switch (node.type) {
    case 'object':
      return (
        typeof value === 'object' &&
        value !== null &&
        !Array.isArray(value) &&
        Object.entries(value).every(([key, child]) => !node.properties?.[key] || conforms(child, node.properties[key]!))
      );
    case 'array':
      return Array.isArray(value) && value.every((item) => conforms(item, node.items!));
    case 'integer':
      return Number.isInteger(value);
    case 'number':
      return typeof value === 'number';
    default:
      return typeof value === node.type;
  }
}

const deployingPolicies = () => {
  const text = readFileSync(join(root, 'docs/deploying.md'), 'utf8');
  return [...text.matchAll(/```json\n([\s\S]*?)```/g)].map((match) => JSON.parse(match[1]!) as Record<string, unknown>);
};

/** The extension's own data inside each kind of policy file the guide shows. */
function heartdeskData(file: Record<string, unknown>): unknown[] {
  const found: unknown[] = [];
  const visit = (value: unknown) => {
    if (typeof value !== 'object' || value === null) return;
    for (const [key, child] of Object.entries(value)) {
      if (/^(extensions|Extensions)$/.test(key) && typeof child === 'object' && child !== null)
        found.push(...Object.values(child));
      else visit(child);
    }
  };
  visit(file);
  return found;
}

describe('public/managed-schema.json', () => {
  it('follows Chrome’s rules: an object at the top without additionalProperties, one type per node', () => {
    expect(schema.type).toBe('object');
    expect(schema).not.toHaveProperty('additionalProperties');
    expect(chromeProblems(schema)).toEqual([]);
  });

  it('declares exactly the settings Heartdesk reads, each as { value, locked }, and no journal', () => {
    expect(Object.keys(schema.properties ?? {}).sort()).toEqual([...MANAGED_SETTINGS].sort());
    for (const name of MANAGED_SETTINGS)
      expect(Object.keys(schema.properties![name]!.properties ?? {}).sort()).toEqual(['locked', 'value']);
    expect(JSON.stringify(schema)).not.toMatch(/journal|wins|stats/i);
  });

  it('lets a full, valid policy through whole, so Chrome never drops what Heartdesk accepts', () => {
    const policy = {
      promptSets: { value: [teamPack()], locked: true },
      sites: { value: ['https://support.example.com'], locked: true },
      jargon: { value: ['RMA'], locked: false },
      mutedRules: { value: ['excuse-busy'], locked: false },
      sensitivity: { value: 'high', locked: true },
      nudgeBudget: { value: { maxNudgesShown: 2, maxNudgesPerTicket: 6, ruleCooldownMinutes: 10 }, locked: false },
    };
    expect(conforms(policy, schema)).toBe(true);
    expect(readPolicy(policy).problems).toEqual([]);
  });

  it('docs/deploying.md: every example policy passes the schema and the reader without a problem', () => {
    const examples = deployingPolicies().flatMap(heartdeskData);
    expect(examples.length).toBeGreaterThanOrEqual(3);
    for (const example of examples) {
      expect(conforms(example, schema)).toBe(true);
      expect(readPolicy(example).problems).toEqual([]);
    }
  });
});
