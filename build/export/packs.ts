import { packOf } from '../../contract/packed-data.ts'

/**
 * The per-id data files grouped into their packs (contract/packed-data.ts),
 * and a pack's text: an object of files by id. Grouping first lets the
 * exporter read and write one pack at a time, never the whole catalog.
 */
export function groupIntoPacks(
  paths: readonly string[],
  packs?: number,
): Map<string, Array<{ readonly id: string; readonly path: string }>> {
  const groups = new Map<string, Array<{ readonly id: string; readonly path: string }>>()
  for (const path of paths) {
    const member = packOf(path, packs)
    if (!member) throw new Error(`${path} is not a film's or a person's data file`)
    const group = groups.get(member.file) ?? []
    group.push({ id: member.id, path })
    groups.set(member.file, group)
  }
  return groups
}

/** A pack's JSON, each member minified (the files are written for people to read). */
export function packJson(members: ReadonlyArray<readonly [id: string, text: string]>): string {
  return JSON.stringify(Object.fromEntries(members.map(([id, text]) => [id, JSON.parse(text)])))
}
