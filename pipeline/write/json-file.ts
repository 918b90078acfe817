/** How a data file is written: two-space JSON and a final newline, so files diff cleanly (catalog pages, one film a line: write.ts). */
export function toJsonFile(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`
}
