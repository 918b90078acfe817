import { describe, expect, it } from 'vitest'
import { reportBreaches } from './export-report.ts'

const breach = (required: boolean) => ({
  host: required ? 'Netlify' : 'GitHub Pages',
  limit: 'a limit',
  required,
  where: 'films/',
  message: `films/: too many, over ${required ? 'Netlify' : 'GitHub Pages'}'s limit`,
})

describe("the export's limit report", () => {
  it('fails on a required limit, naming the host and the folder', () => {
    const lines: string[] = []
    expect(reportBreaches([breach(true)], (line) => lines.push(line))).toBe(true)
    expect(lines).toEqual(["export: host limit broken: films/: too many, over Netlify's limit"])
  })

  it('reports the hosts an export does not fit without failing it', () => {
    const lines: string[] = []
    expect(reportBreaches([breach(false)], (line) => lines.push(line))).toBe(false)
    expect(lines).toEqual([
      "export: does not fit GitHub Pages: films/: too many, over GitHub Pages's limit",
      'export: within every required host limit',
    ])
  })
})
