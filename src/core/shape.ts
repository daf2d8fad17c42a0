// Tiny runtime shape checks for untrusted input (messages, backup files). Each checker returns the
// value typed, or throws a ShapeError whose message names the path that is wrong.

export class ShapeError extends Error {
  constructor(
    readonly path: string,
    expected: string,
  ) {
    super(`${path || 'value'}: expected ${expected}`);
    this.name = 'ShapeError';
  }
}

export type Check<T> = (value: unknown, path?: string) => T;
export type Checked<C> = C extends Check<infer T> ? T : never;

export const str: Check<string> = (v, path = '') => {
  if (typeof v !== 'string') throw new ShapeError(path, 'a string');
  return v;
};

export const num: Check<number> = (v, path = '') => {
  if (typeof v !== 'number' || !Number.isFinite(v)) throw new ShapeError(path, 'a finite number');
  return v;
};

/** The form of every id Afterview makes (store/ids.ts: crypto.randomUUID), so an id from outside can go into a file or a URL as it is. */
const RECORD_ID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

export const recordId: Check<string> = (v, path = '') => {
  if (typeof v !== 'string' || !RECORD_ID.test(v)) throw new ShapeError(path, 'an Afterview id (like 3f2b8c1e-5d4a-4e6f-9a7b-1c2d3e4f5a6b)');
  return v;
};

export const bool: Check<boolean> = (v, path = '') => {
  if (typeof v !== 'boolean') throw new ShapeError(path, 'true or false');
  return v;
};

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/;

/** A calendar date, YYYY-MM-DD. */
export const isoDate: Check<string> = (v, path = '') => {
  if (typeof v !== 'string' || !ISO_DATE.test(v) || Number.isNaN(Date.parse(v))) throw new ShapeError(path, 'a date YYYY-MM-DD');
  return v;
};

/** An ISO 8601 instant with a zone. */
export const isoInstant: Check<string> = (v, path = '') => {
  if (typeof v !== 'string' || !ISO_INSTANT.test(v) || Number.isNaN(Date.parse(v))) throw new ShapeError(path, 'an ISO date and time');
  return v;
};

export function literal<const T extends readonly (string | number | boolean)[]>(...options: T): Check<T[number]> {
  return (v, path = '') => {
    if (!options.includes(v as T[number])) throw new ShapeError(path, `one of ${options.map((o) => JSON.stringify(o)).join(', ')}`);
    return v as T[number];
  };
}

export function nullable<T>(check: Check<T>): Check<T | null> {
  return (v, path = '') => (v === null ? null : check(v, path));
}

export function optional<T>(check: Check<T>): Check<T | undefined> {
  return (v, path = '') => (v === undefined ? undefined : check(v, path));
}

export function arr<T>(check: Check<T>, maxLength = 10_000): Check<T[]> {
  return (v, path = '') => {
    if (!Array.isArray(v)) throw new ShapeError(path, 'a list');
    if (v.length > maxLength) throw new ShapeError(path, `at most ${maxLength} items`);
    return v.map((item, i) => check(item, `${path}[${i}]`));
  };
}

export function record<T>(check: Check<T>): Check<Record<string, T>> {
  return (v, path = '') => {
    if (typeof v !== 'object' || v === null || Array.isArray(v)) throw new ShapeError(path, 'an object');
    const out: Record<string, T> = {};
    for (const [k, item] of Object.entries(v)) {
      // Assigning "__proto__" would set the prototype instead of a key: the entry would vanish silently.
      if (k === '__proto__') throw new ShapeError(path ? `${path}.__proto__` : '__proto__', 'no key named "__proto__"');
      out[k] = check(item, path ? `${path}.${k}` : k);
    }
    return out;
  };
}

type Fields = Record<string, Check<unknown>>;
type ObjectOf<F extends Fields> = { [K in keyof F as undefined extends Checked<F[K]> ? never : K]: Checked<F[K]> } & {
  [K in keyof F as undefined extends Checked<F[K]> ? K : never]?: Checked<F[K]>;
};

/** An object with exactly these fields checked; unknown fields are dropped, not kept. */
export function obj<F extends Fields>(fields: F): Check<ObjectOf<F>> {
  return (v, path = '') => {
    if (typeof v !== 'object' || v === null || Array.isArray(v)) throw new ShapeError(path, 'an object');
    const source = v as Record<string, unknown>;
    const out: Record<string, unknown> = {};
    for (const [key, check] of Object.entries(fields)) {
      const value = check(source[key], path ? `${path}.${key}` : key);
      if (value !== undefined) out[key] = value;
    }
    return out as ObjectOf<F>;
  };
}

/**
 * Some of these fields, each with its own check: what an editor changed. A field not named here is
 * refused rather than dropped, so a request can never touch what is not meant to be edited.
 */
export function changesOf<F extends Fields>(fields: F): Check<{ [K in keyof F]?: Checked<F[K]> }> {
  return (v, path = '') => {
    if (typeof v !== 'object' || v === null || Array.isArray(v)) throw new ShapeError(path, 'an object');
    const out: Record<string, unknown> = {};
    for (const [key, value] of Object.entries(v)) {
      const at = path ? `${path}.${key}` : key;
      if (!Object.hasOwn(fields, key)) throw new ShapeError(at, `a field that can be changed (${Object.keys(fields).join(', ')})`);
      if (value !== undefined) out[key] = (fields[key] as Check<unknown>)(value, at);
    }
    return out as { [K in keyof F]?: Checked<F[K]> };
  };
}
