import { describe, expect, it } from 'vitest'
import { packOf } from '../../contract/packed-data.ts'
import { groupIntoPacks, packJson } from './packs.ts'

describe('packing the data', () => {
  it('groups each file into the pack the contract names, and a pack holds its files by id', () => {
    const paths = ['data/films/a-1990.json', 'data/films/b-1991.json', 'data/people/cher.json']
    const groups = groupIntoPacks(paths, 2)
    for (const path of paths) {
      const member = packOf(path, 2)
      expect(groups.get(member?.file ?? '')).toContainEqual({ id: member?.id, path })
    }
    expect(JSON.parse(packJson([['a-1990', '{\n  "id": "a-1990"\n}']]))).toEqual({
      'a-1990': { id: 'a-1990' },
    })
  })

  it('refuses a file that is not a film’s or a person’s', () => {
    expect(() => groupIntoPacks(['data/catalog/title/1.json'])).toThrow(
      'data/catalog/title/1.json is not a film',
    )
  })
})
