import { type ZodType, z } from 'zod';

/**
 * A response writer compiled from a zod schema, for the few large responses (all areas' verdicts,
 * 5 MB at national scale) where validating every value with zod on the way out costs more than
 * computing it. It writes the same JSON value as zod's encode + JSON.stringify — only the
 * schema's keys — and checks each value's kind (string, finite number, integer, boolean, enum
 * member, null where nullable, required keys present), but not string formats or numeric bounds.
 * A value with exactly the schema's keys goes to JSON.stringify as it is (keys in the value's
 * order); one with more is copied first. Parts it does not know (unions, records, transforms, …)
 * go through zod. The OpenAPI document is unchanged: it is generated from the same schema.
 */

/**
 * A compiled schema node: `check` throws on a value of the wrong kind and tells whether the value
 * is exactly the schema's (no extra keys, nothing zod would transform); `project` copies only
 * the schema's part of a value that is not.
 */
interface Node {
  check(value: unknown, path: string): boolean;
  project(value: unknown): unknown;
}

export class ResponseShapeError extends Error {
  constructor(path: string, expected: string, value: unknown) {
    super(
      `Response does not match its schema at ${path || '(root)'}: expected ${expected}, got ${
        value === null ? 'null' : Array.isArray(value) ? 'array' : typeof value
      }`,
    );
    this.name = 'ResponseShapeError';
  }
}

interface Def {
  type: string;
  shape?: Record<string, ZodType>;
  element?: ZodType;
  innerType?: ZodType;
  entries?: Record<string, string | number>;
  values?: unknown[];
  checks?: { _zod: { def: { check?: string; format?: string } } }[];
}

const defOf = (schema: ZodType) => (schema as unknown as { _zod: { def: Def } })._zod.def;

const isInteger = (def: Def) =>
  def.checks?.some((c) => c._zod.def.check === 'number_format' && /int/.test(c._zod.def.format ?? '')) ??
  false;

const same = (v: unknown) => v;

function leaf(expected: string, ok: (v: unknown) => boolean): Node {
  return {
    check(v, path) {
      if (!ok(v)) throw new ResponseShapeError(path, expected, v);
      return true;
    },
    project: same,
  };
}

function viaZod(schema: ZodType): Node {
  const encode = (value: unknown, path: string) => {
    const result = z.safeEncode(schema, value as never);
    if (!result.success)
      throw new ResponseShapeError(path, result.error.issues[0]?.message ?? 'valid', value);
    return result.data;
  };
  return {
    check(v, path) {
      encode(v, path);
      return false;
    },
    project: (v) => encode(v, ''),
  };
}

function compile(schema: ZodType): Node {
  const def = defOf(schema);
  switch (def.type) {
    case 'string':
      return leaf('string', (v) => typeof v === 'string');
    case 'number': {
      const integer = isInteger(def);
      return leaf(integer ? 'integer' : 'number', (v) =>
        integer ? Number.isSafeInteger(v) : typeof v === 'number' && Number.isFinite(v),
      );
    }
    case 'boolean':
      return leaf('boolean', (v) => typeof v === 'boolean');
    case 'null':
      return leaf('null', (v) => v === null);
    case 'enum': {
      const allowed = new Set<unknown>(Object.values(def.entries ?? {}));
      return leaf([...allowed].join('|'), (v) => allowed.has(v));
    }
    case 'literal': {
      const allowed = new Set(def.values ?? []);
      return leaf('literal', (v) => allowed.has(v));
    }
    case 'nullable': {
      const inner = compile(def.innerType as ZodType);
      return {
        check: (v, path) => v === null || inner.check(v, path),
        project: (v) => (v === null ? null : inner.project(v)),
      };
    }
    case 'array': {
      const element = compile(def.element as ZodType);
      return {
        check(v, path) {
          if (!Array.isArray(v)) throw new ResponseShapeError(path, 'array', v);
          let exact = true;
          for (const item of v) if (!element.check(item, path)) exact = false;
          return exact;
        },
        project: (v) => (v as unknown[]).map((item) => element.project(item)),
      };
    }
    case 'object': {
      const fields = Object.entries(def.shape ?? {}).map(([key, field]) => {
        const fieldDef = defOf(field);
        const optional = fieldDef.type === 'optional';
        return { key, optional, node: compile(optional ? (fieldDef.innerType as ZodType) : field) };
      });
      return {
        check(v, path) {
          if (typeof v !== 'object' || v === null || Array.isArray(v))
            throw new ResponseShapeError(path, 'object', v);
          const record = v as Record<string, unknown>;
          let exact = true;
          let present = 0;
          for (const f of fields) {
            const value = record[f.key];
            if (value === undefined) {
              if (f.optional) continue;
              throw new ResponseShapeError(`${path}.${f.key}`, 'a value', value);
            }
            present++;
            if (!f.node.check(value, `${path}.${f.key}`)) exact = false;
          }
          // A key the schema does not name (or an undefined one): copy only the schema's keys.
          if (exact) {
            let keys = 0;
            for (const k in record) if (Object.hasOwn(record, k)) keys++;
            if (keys !== present) exact = false;
          }
          return exact;
        },
        project(v) {
          const record = v as Record<string, unknown>;
          const out: Record<string, unknown> = {};
          for (const f of fields) {
            const value = record[f.key];
            if (value !== undefined) out[f.key] = f.node.project(value);
          }
          return out;
        },
      };
    }
    default:
      return viaZod(schema);
  }
}

const writers = new WeakMap<ZodType, (value: unknown) => string>();

/** Marks a response schema to be written by the compiled writer instead of zod (see above). */
export function fastResponse<T extends ZodType>(schema: T): T {
  const node = compile(schema);
  writers.set(schema, (value) => JSON.stringify(node.check(value, '') ? value : node.project(value)));
  return schema;
}

/** The compiled writer of a schema marked with fastResponse, or undefined. */
export function fastWriterOf(schema: unknown): ((value: unknown) => string) | undefined {
  return typeof schema === 'object' && schema ? writers.get(schema as ZodType) : undefined;
}
