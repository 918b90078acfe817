import { parseAspectRatio, parseList } from './parse-values.ts'

/** Where a field sits on the page; it tells the text around it apart (see parse-page.ts). */
export type FieldSection = 'head' | 'tail' | 'specs'

/** The film's lists a `Label: value` field can fill. */
export type ListField =
  | 'directors'
  | 'writers'
  | 'stars'
  | 'alsoKnownAs'
  | 'taglines'
  | 'countries'
  | 'languages'
  | 'filmingLocations'
  | 'productionCompanies'
  | 'soundMixes'
  | 'colors'
  | 'aspectRatios'

export interface ListReader {
  readonly list: ListField
  /** What a warning calls one value ("aspect ratio"). */
  readonly what: string
  readonly split: (value: string) => string[]
  /** The value as the film keeps it, or null when it cannot be read. */
  readonly read: (item: string) => string | null
}

export interface PageField {
  /** The field's first label, whichever the page used ("director" for "Directors"). */
  readonly name: string
  readonly section: FieldSection
  /** How a list field splits and reads its value; the others are read one by one. */
  readonly list?: ListReader
}

// A tagline or a place is one value, commas and all ("Azusa, California, USA").
const whole = (value: string) => (value === '' ? [] : [value])
const titles = (value: string) => parseList(value, /[·|]/)
const asIs = (item: string) => item

const list = (
  list: ListField,
  what: string,
  split: ListReader['split'] = parseList,
  read: ListReader['read'] = asIs,
): ListReader => ({ list, what, split, read })

/** Every field this format has, under each label pages give it: singular, plural, long and short. */
const FIELDS: readonly (readonly [readonly string[], FieldSection, ListReader?])[] = [
  [['release year'], 'head'],
  [['rating'], 'head'],
  [['director', 'directors'], 'head', list('directors', 'director')],
  [['writer', 'writers'], 'head', list('writers', 'writer')],
  [['star', 'stars'], 'head', list('stars', 'star')],
  [['also known as'], 'tail', list('alsoKnownAs', 'title', titles)],
  [['tagline', 'taglines'], 'tail', list('taglines', 'tagline', whole)],
  [['release date'], 'tail'],
  [
    ['country', 'countries', 'country of origin', 'countries of origin'],
    'tail',
    list('countries', 'country'),
  ],
  [['language', 'languages'], 'tail', list('languages', 'language')],
  [['filming location', 'filming locations'], 'tail', list('filmingLocations', 'place', whole)],
  [
    ['production co', 'production company', 'production companies'],
    'tail',
    list('productionCompanies', 'production company'),
  ],
  [['budget'], 'tail'],
  [['gross'], 'tail'],
  [['runtime'], 'specs'],
  [['sound mix', 'sound mixes'], 'specs', list('soundMixes', 'sound mix')],
  [['color', 'colour'], 'specs', list('colors', 'color')],
  [
    ['aspect ratio', 'aspect ratios'],
    'specs',
    list('aspectRatios', 'aspect ratio', parseList, parseAspectRatio),
  ],
]

/** The fields by lower-case label. */
export const PAGE_FIELDS: ReadonlyMap<string, PageField> = new Map(
  FIELDS.flatMap(([labels, section, reader]) =>
    labels.map((label) => {
      const field: PageField = {
        name: labels[0] ?? label,
        section,
        ...(reader && { list: reader }),
      }
      return [label, field] as const
    }),
  ),
)

/** An empty list for each list field, to fill as the page is read. */
export function emptyLists(): Record<ListField, string[]> {
  const lists: Partial<Record<ListField, string[]>> = {}
  for (const [, , reader] of FIELDS) if (reader) lists[reader.list] = []
  return lists as Record<ListField, string[]>
}
