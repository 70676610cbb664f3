import type { z } from 'zod';

export type FieldPath = (string | number)[];

interface Def {
  type: string;
  shape?: Record<string, z.ZodType>;
  element?: z.ZodType;
  innerType?: z.ZodType;
  in?: z.ZodType;
  out?: z.ZodType;
  options?: z.ZodType[];
  left?: z.ZodType;
  right?: z.ZodType;
  items?: z.ZodType[];
  valueType?: z.ZodType;
  getter?: () => z.ZodType;
  values?: unknown[];
  entries?: Record<string, unknown>;
}

function defOf(schema: z.ZodType): Def {
  return (schema as unknown as { _zod: { def: Def } })._zod.def;
}

const WRAPPERS = new Set([
  'optional',
  'nullable',
  'default',
  'prefault',
  'nonoptional',
  'readonly',
  'catch',
  'success',
]);

/** Every place where a schema accepts text (free text, e-mail, link, path, date, enum of strings), as paths. */
export function stringFieldPaths(schema: z.ZodType, path: FieldPath = [], depth = 0): FieldPath[] {
  if (depth > 12) return [];
  const def = defOf(schema);
  const inner = (child: z.ZodType | undefined, at: FieldPath = path) =>
    child ? stringFieldPaths(child, at, depth + 1) : [];
  if (def.type === 'string' || def.type === 'template_literal') return [path];
  if (def.type === 'enum') return Object.values(def.entries ?? {}).some((v) => typeof v === 'string') ? [path] : [];
  if (def.type === 'literal') return (def.values ?? []).some((v) => typeof v === 'string') ? [path] : [];
  if (WRAPPERS.has(def.type)) return inner(def.innerType);
  if (def.type === 'pipe') return inner(def.in);
  if (def.type === 'lazy') return inner(def.getter?.());
  if (def.type === 'object')
    return Object.entries(def.shape ?? {}).flatMap(([key, child]) => inner(child, [...path, key]));
  if (def.type === 'array') return inner(def.element, [...path, 0]);
  if (def.type === 'tuple') return (def.items ?? []).flatMap((child, i) => inner(child, [...path, i]));
  if (def.type === 'record') return inner(def.valueType, [...path, 'felt']);
  if (def.type === 'union') return unique((def.options ?? []).flatMap((child) => inner(child)));
  if (def.type === 'intersection') return unique([...inner(def.left), ...inner(def.right)]);
  return [];
}

function unique(paths: FieldPath[]): FieldPath[] {
  const seen = new Map(paths.map((p) => [p.join('.'), p]));
  return [...seen.values()];
}

/** An input with `value` at `path` (objects and arrays made as needed) and nothing else. */
export function inputWith(path: FieldPath, value: string): unknown {
  if (path.length === 0) return value;
  const [head, ...rest] = path;
  if (typeof head === 'number') return [inputWith(rest, value)];
  return { [head as string]: inputWith(rest, value) };
}
