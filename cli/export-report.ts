import type { LimitBreach } from '../build/export/limits.ts'

/** Prints the limits an export breaks; true when one of them is required (the export must fail). */
export function reportBreaches(
  breaches: readonly LimitBreach[],
  write: (line: string) => void = (line) => console.error(line),
): boolean {
  for (const breach of breaches.filter((b) => !b.required)) {
    write(`export: does not fit ${breach.host}: ${breach.message}`)
  }
  const required = breaches.filter((b) => b.required)
  for (const breach of required) write(`export: host limit broken: ${breach.message}`)
  if (required.length === 0) write('export: within every required host limit')
  return required.length > 0
}
