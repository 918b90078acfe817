/** Reading Vite's build manifest: which files a page loads. */

export interface ManifestChunk {
  readonly file: string
  readonly isEntry?: boolean
  readonly imports?: readonly string[]
  readonly dynamicImports?: readonly string[]
  readonly css?: readonly string[]
}

export type Manifest = Readonly<Record<string, ManifestChunk>>

/** A chunk's file and every file it imports statically, transitively (what loading it fetches). */
export function staticClosure(
  manifest: Manifest,
  key: string,
  files = new Set<string>(),
): Set<string> {
  const chunk = manifest[key]
  if (!chunk || files.has(chunk.file)) return files
  files.add(chunk.file)
  for (const imported of chunk.imports ?? []) staticClosure(manifest, imported, files)
  return files
}

export function entryKey(manifest: Manifest): string {
  const key = Object.keys(manifest).find((name) => manifest[name]?.isEntry)
  if (!key) throw new Error('the build manifest has no entry chunk')
  return key
}

/** The JavaScript files of a route module and what it imports. */
export function routeModulesFor(manifest: Manifest, module: string): string[] {
  if (!manifest[module]) throw new Error(`${module} is not in the build manifest`)
  return [...staticClosure(manifest, module)]
}

/** Every JavaScript file a fresh visit to a prerendered page of this route loads. */
export function routeJavaScript(manifest: Manifest, module: string): string[] {
  return [
    ...new Set([
      ...staticClosure(manifest, entryKey(manifest)),
      ...routeModulesFor(manifest, module),
    ]),
  ]
}
