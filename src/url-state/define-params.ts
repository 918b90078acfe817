import {
  readEnum,
  readEnumList,
  readNumber,
  readText,
  type ParamValue,
} from '../lib/search-params.ts'

/**
 * One URL parameter: how to read it from any input at all (invalid values
 * fall back to the default) and how to write a value (null for the default,
 * so defaults stay out of the URL).
 */
export interface ParamSpec<T> {
  read(params: URLSearchParams, key: string): T
  // A method, so that a spec of any value type fits a list of specs.
  write(value: T): ParamValue
}

/** Free text, cut to a sane length; empty is the default. */
export const text = (): ParamSpec<string> => ({
  read: readText,
  write: (value) => value || null,
})

/** One of `values`. */
export const oneOf = <T extends string>(values: readonly T[], fallback: T): ParamSpec<T> => ({
  read: (params, key) => readEnum(params, key, values, fallback),
  write: (value) => (value === fallback ? null : value),
})

/** One of `values`, as a number (`?min=4.5`). */
export const numberOf = (values: readonly number[], fallback: number): ParamSpec<number> => ({
  read: (params, key) => readNumber(params, key, values, fallback),
  write: (value) => (value === fallback ? null : String(value)),
})

/**
 * Any of `values`, as a repeated key (`?kind=goof&kind=quote`), in their
 * order. None and all are the same view, so both read as none: one URL for it.
 */
export const setOf = <T extends string>(values: readonly T[]): ParamSpec<readonly T[]> => {
  const normal = (list: readonly T[]) => (list.length === values.length ? [] : list)
  return {
    read: (params, key) => normal(readEnumList(params, key, values)),
    write: (list) => normal(values.filter((value) => list.includes(value))),
  }
}

type Specs = Record<string, ParamSpec<unknown>>
export type ParamsOf<S> = { readonly [K in keyof S]: S[K] extends ParamSpec<infer T> ? T : never }

export interface ParamsDefinition<P> {
  /** The URL keys the view owns: the only ones a link can change its view by. */
  readonly keys: readonly string[]
  readonly parse: (params: URLSearchParams) => P
  readonly serialize: (patch: Partial<P>) => Record<string, ParamValue>
}

/**
 * A route's search params, declared once: name, kind, default and allowed
 * values. Parsing, serialising and leaving defaults out all follow from it.
 */
export function defineParams<S extends Specs>(specs: S): ParamsDefinition<ParamsOf<S>> {
  const entries = Object.entries(specs) as Array<[string, ParamSpec<unknown>]>
  return {
    keys: entries.map(([key]) => key),
    parse: (params) =>
      Object.fromEntries(
        entries.map(([key, spec]) => [key, spec.read(params, key)]),
      ) as ParamsOf<S>,
    serialize: (patch) => {
      const out: Record<string, ParamValue> = {}
      for (const [key, spec] of entries) {
        const value = (patch as Record<string, unknown>)[key]
        if (value !== undefined) out[key] = spec.write(value)
      }
      return out
    },
  }
}
