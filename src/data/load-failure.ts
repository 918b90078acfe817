import { dataFileKind } from '../../contract/data-files.ts'
import type { DataLoadError } from './load-error.ts'

/**
 * "The person could not be loaded": a failure named by the kind of file
 * that failed (contract/data-files.ts), for the error views that load late.
 * Not in the core: every page would pay for words only a failure shows.
 */
export const couldNotLoad = (error: DataLoadError) =>
  `The ${dataFileKind(error.details.url) ?? 'data'} could not be loaded`
