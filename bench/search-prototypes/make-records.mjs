// Writes records.json (git-ignored) for the prototypes from the catalog build:
// one record per film and per person. Run `npm run catalog` in the repo first.
//   node make-records.mjs
import { readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'

const CATALOG = join(import.meta.dirname, '..', '..', '.cache', 'catalog')
const read = (dir) =>
  readdirSync(join(CATALOG, dir))
    .filter((name) => name.endsWith('.json'))
    .sort()
    .map((name) => JSON.parse(readFileSync(join(CATALOG, dir, name), 'utf8')))

const films = read('films').map((film) => ({
  kind: 'film',
  id: film.id,
  title: film.title,
  year: film.year,
  names: film.cast.slice(0, 3).map((credit) => credit.actor),
  people: film.cast.flatMap((credit) => (credit.personId ? [credit.personId] : [])),
  genres: film.genres ?? [],
}))
const people = read('people').map((person) => ({
  kind: 'person',
  id: person.id,
  name: person.name,
  label: person.label,
  films: person.films,
}))
writeFileSync(join(import.meta.dirname, 'records.json'), JSON.stringify([...films, ...people]))
console.log(`${films.length + people.length} records`)
