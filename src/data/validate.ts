import * as v from 'valibot'
import { DataLoadError } from './load-error.ts'

/** `cast[3].actor` from valibot's issue path: the form people read in code. */
export function formatIssuePath(issue: v.BaseIssue<unknown>): string {
  let path = ''
  for (const item of issue.path ?? []) {
    const key = item.key
    if (typeof key === 'number') path += `[${key}]`
    else path += path === '' ? String(key) : `.${String(key)}`
  }
  return path === '' ? '(the whole file)' : path
}

/** Parses `input` with `schema`, or throws a DataLoadError naming the first failing field path. */
export function validate<TSchema extends v.GenericSchema>(
  schema: TSchema,
  input: unknown,
  url: string,
): v.InferOutput<TSchema> {
  const result = v.safeParse(schema, input)
  if (result.success) return result.output
  const [issue] = result.issues
  const path = formatIssuePath(issue)
  throw new DataLoadError('schema', `The data file is malformed at ${path}: ${issue.message}.`, {
    url,
    path,
  })
}
