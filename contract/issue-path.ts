import type * as v from 'valibot'

/**
 * `cast[3].actor` from valibot's issue path: the form people read in code.
 * The app's messages and the pipeline's report name a failing field alike.
 */
export function formatIssuePath(issue: v.BaseIssue<unknown>): string {
  let path = ''
  for (const item of issue.path ?? []) {
    const key = item.key
    if (typeof key === 'number') path += `[${key}]`
    else path += path === '' ? String(key) : `.${String(key)}`
  }
  return path === '' ? '(the whole file)' : path
}
