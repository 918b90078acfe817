import { data } from 'react-router'

/** What a loader's 404 carries: the sentence the not-found view shows. */
export interface NotFoundData {
  readonly message: string
}

/** A 404 for a loader to throw: the error boundary shows the not-found view with `message`. */
export function notFound(message: string) {
  return data<NotFoundData>({ message }, { status: 404 })
}
