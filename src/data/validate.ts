import * as v from 'valibot'
import { formatIssuePath } from '../../contract/issue-path.ts'
import { DataLoadError } from './load-error.ts'

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
