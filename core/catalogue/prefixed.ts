/** An area's methods named `<area>.<method>`, the one naming scheme of the contract. */
export type Prefixed<A extends string, T> = { [K in keyof T & string as `${A}.${K}`]: T[K] };

export function prefixed<A extends string, T extends object>(area: A, methods: T): Prefixed<A, T> {
  return Object.fromEntries(Object.entries(methods).map(([name, value]) => [`${area}.${name}`, value])) as Prefixed<
    A,
    T
  >;
}
