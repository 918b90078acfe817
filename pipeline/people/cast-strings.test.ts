import { normaliseCast, type CastReason } from './cast-strings.ts'

const actors = (strings: string[], documentary = false) =>
  normaliseCast(strings, documentary).credits.map((credit) => credit.actor)
const reasons = (strings: string[], documentary = false) =>
  normaliseCast(strings, documentary).notices.map((notice) => [
    notice.text,
    notice.reason,
    notice.placed,
  ])

describe('normaliseCast', () => {
  it('keeps plain names, nicknames and one-word acts as they are, in list order', () => {
    const names = [
      'Cher',
      'Don "Red" Barry',
      "Dave (Tex) O'Brien",
      '50 Cent',
      'will.i.am',
      'Simon & Garfunkel',
    ]
    expect(normaliseCast(names)).toEqual({
      credits: names.map((actor) => ({ actor, note: null, disambiguator: null })),
      notices: [],
    })
  })

  it.each<[string, CastReason]>([
    ['(interviews)', 'credit-note'],
    ['(none)', 'credit-note'],
    [']', 'list-residue'],
    ['[a]', 'list-residue'],
    ['(', 'list-residue'],
    [')', 'list-residue'],
    ['.', 'list-residue'],
    ['and', 'list-residue'],
    ['The', 'list-residue'],
    ['(US)', 'list-residue'],
    ['voices of', 'list-heading'],
    ['Cast:', 'list-heading'],
    ['Music by', 'crew-credit'],
    ['(writers)', 'crew-credit'],
    ['Bobby Smith Jr. (teleplay)', 'crew-credit'],
    ['Matt Harris (screenpaly)', 'crew-credit'],
    ['Dir.: Steve Asquith', 'crew-credit'],
    ['many cameos', 'not-a-name'],
    ['Columbine High School massacre', 'not-a-name'],
  ])('keeps %j out of the cast as %s', (text, reason) => {
    expect(normaliseCast([text])).toEqual({
      credits: [],
      notices: [{ text, reason, placed: false }],
    })
  })

  it.each([
    ['(voice)', 'voice'],
    ['(as herself)', 'as herself'],
    ['(credited as Bruce Jenner)', 'credited as Bruce Jenner'],
    ['(narrator)', 'narrator'],
    ['(Narrator)', 'narrator'],
    ['(uncredited bit)', 'uncredited bit'],
  ])('makes %j after a name a note on that credit alone', (text, note) => {
    expect(normaliseCast(['Sonny Bono', 'Cher', text, 'Sam Elliott'])).toEqual({
      credits: [
        { actor: 'Sonny Bono', note: null, disambiguator: null },
        { actor: 'Cher', note, disambiguator: null },
        { actor: 'Sam Elliott', note: null, disambiguator: null },
      ],
      notices: [{ text, reason: 'note-reattached', placed: true }],
    })
  })

  it('gives "(voices)" to every name since the last note, and to the names after it when it comes first', () => {
    const toyStory = normaliseCast(['Tim Allen', 'Tom Hanks', '(voices)', 'Joan Cusack', '(voice)'])
    expect(toyStory.credits.map((credit) => [credit.actor, credit.note])).toEqual([
      ['Tim Allen', 'voice'],
      ['Tom Hanks', 'voice'],
      ['Joan Cusack', 'voice'],
    ])
    const lionKing = normaliseCast(['(voices)', 'Matthew Broderick', 'Jeremy Irons'])
    expect(lionKing.credits.map((credit) => credit.note)).toEqual(['voice', 'voice'])
  })

  it('reads captions as notes for the names after them, until the next caption', () => {
    const credits = normaliseCast([
      'Paul Terry',
      'voices of',
      'Richard Dreyfuss',
      'Susan Sarandon',
      'narrated by',
      'Robert De Niro',
      'with',
      'Pete Postlethwaite',
    ]).credits
    expect(credits.map((credit) => [credit.actor, credit.note])).toEqual([
      ['Paul Terry', null],
      ['Richard Dreyfuss', 'voice'],
      ['Susan Sarandon', 'voice'],
      ['Robert De Niro', 'narrator'],
      ['Pete Postlethwaite', null],
    ])
    expect(
      normaliseCast(['Julie Christie', '(voice of)', 'Sean Connery', 'Dina Meyer']).credits,
    ).toEqual([
      { actor: 'Julie Christie', note: null, disambiguator: null },
      { actor: 'Sean Connery', note: 'voice', disambiguator: null },
      { actor: 'Dina Meyer', note: null, disambiguator: null },
    ])
    expect(normaliseCast(['Rosko', '(narrated by)']).credits).toEqual([
      { actor: 'Rosko', note: 'narrator', disambiguator: null },
    ])
  })

  it("keeps the writers the lists put before the cast out of it, and a crew caption's names", () => {
    const benchwarmers = normaliseCast([
      'Allen Covert',
      'Nick Swardson',
      '(writers)',
      'Rob Schneider',
      'Nick Swardson',
    ])
    expect(benchwarmers.credits.map((credit) => credit.actor)).toEqual([
      'Rob Schneider',
      'Nick Swardson',
    ])
    expect(benchwarmers.notices).toEqual([
      { text: 'Allen Covert', reason: 'crew-credit', placed: false },
      { text: 'Nick Swardson', reason: 'crew-credit', placed: false },
      { text: '(writers)', reason: 'crew-credit', placed: false },
    ])
    expect(
      actors(['Janet Scott Batchler', 'Michael Robert Johnson (Screenplay)', 'Kit Harington']),
    ).toEqual(['Kit Harington'])
    expect(actors(['Anurag Basu', '(Director', 'Screenplay)', 'Ranbir Kapoor'])).toEqual([
      'Ranbir Kapoor',
    ])
    expect(actors(['Dir.:', 'Greg Marcks', 'Cast:', 'Shane West'])).toEqual(['Shane West'])
    expect(actors(['Narrated by', 'Dustin Hoffman', 'Music by', 'Bobby McFerrin'])).toEqual([
      'Dustin Hoffman',
    ])
  })

  it('reads a note the scraper split into "(", words and "…)" as one note', () => {
    const strings = ['William Powell', '(', 'Best Actor', 'nominee)', 'Carole Lombard']
    expect(actors(strings)).toEqual(['William Powell', 'Carole Lombard'])
    expect(reasons(strings)).toEqual([
      ['(', 'award-note', false],
      ['Best Actor', 'award-note', false],
      ['nominee)', 'award-note', false],
    ])
  })

  it('re-attaches a lone suffix to the name before it, and reports that it did', () => {
    expect(actors(['Lon Chaney', 'Noah Beery', 'Sr.', 'Anna May Wong'])).toEqual([
      'Lon Chaney',
      'Noah Beery Sr.',
      'Anna May Wong',
    ])
    expect(reasons(['Noah Beery', 'Sr.'])).toEqual([['Sr.', 'suffix-reattached', true]])
    expect(reasons(['Sr.', 'Noah Beery'])).toEqual([['Sr.', 'list-residue', false]])
  })

  it('keeps Wikipedia disambiguators apart from the name, credit notes as notes, trims residue', () => {
    expect(
      normaliseCast([
        'Harry Carter (actor)',
        'John Wood (English actor)',
        'Alois Havrilla (narrator)',
        'Katherine MacDonald]]',
        'and Ateesh Randev',
        'Jim Wood (cast)',
      ]).credits,
    ).toEqual([
      { actor: 'Harry Carter', note: null, disambiguator: 'actor' },
      { actor: 'John Wood', note: null, disambiguator: 'English actor' },
      { actor: 'Alois Havrilla', note: 'narrator', disambiguator: null },
      { actor: 'Katherine MacDonald', note: null, disambiguator: null },
      { actor: 'Ateesh Randev', note: null, disambiguator: null },
      { actor: 'Jim Wood', note: null, disambiguator: null },
    ])
    expect(reasons(['Harry Carter (actor)'])).toEqual([
      ['Harry Carter (actor)', 'disambiguator-kept', true],
    ])
  })

  it('keeps "Harry Carter (actor)" and "Harry Carter" as two credits: they may be two people', () => {
    expect(actors(['Harry Carter (actor)', 'Harry Carter'])).toEqual([
      'Harry Carter',
      'Harry Carter',
    ])
  })

  it('splits two full names joined by "and", but not a band', () => {
    expect(actors(['Margaret Leslie and Howard E. Nicholas', 'Sly and the Family Stone'])).toEqual([
      'Margaret Leslie',
      'Howard E. Nicholas',
      'Sly and the Family Stone',
    ])
  })

  it('keeps a name once when the list gives it twice, in any of its spellings', () => {
    expect(reasons(['Ringo Starr', 'Ringo Starr'])).toEqual([
      ['Ringo Starr', 'duplicate-name', false],
    ])
    expect(reasons(['ZaSu Pitts', 'Zasu Pitts'])).toEqual([['Zasu Pitts', 'duplicate-name', false]])
  })

  it('reads a documentary cast column that describes the subject as a description, its subjects as cast', () => {
    expect(actors(['the life of', 'Kurt Gerron'], true)).toEqual(['Kurt Gerron'])
    expect(reasons(['deaths of', 'Biggie Smalls', 'and', 'Tupac Shakur'], true)).toEqual([
      ['deaths of', 'description', false],
      ['Biggie Smalls', 'lead-in-recovered', true],
      ['and', 'list-residue', false],
      ['Tupac Shakur', 'lead-in-recovered', true],
    ])
    // Comedian (2002): the column starts with "the"; the name after "of" is its subject.
    expect(actors(['the', 'stand-up comedy', 'of', 'Jerry Seinfeld'], true)).toEqual([
      'Jerry Seinfeld',
    ])
    // My Big Break (2001): five actors after "careers of".
    expect(
      actors(
        ['careers of', 'Wes Bentley', 'Tony Zierra', 'Brad Rowe', 'Chad Lindberg', 'Greg Fawcett'],
        true,
      ),
    ).toEqual(['Wes Bentley', 'Tony Zierra', 'Brad Rowe', 'Chad Lindberg', 'Greg Fawcett'])
    expect(actors(['The life of Jonathan Caouette'], true)).toEqual(['Jonathan Caouette'])
    expect(actors(['The politics of', 'Fidel Castro'], true)).toEqual(['Fidel Castro'])
    expect(
      actors(
        ['stand-up comedy', 'of', 'Steve Harvey', 'Cedric the Entertainer', 'Bernie Mac'],
        true,
      ),
    ).toEqual(['Steve Harvey', 'Cedric the Entertainer', 'Bernie Mac'])
  })

  it('recovers no subject that is not a name, nor one after a lead-in that is not "of"', () => {
    expect(actors(['the history of', 'Skateboarding'], true)).toEqual([])
    expect(actors(['history of', 'GNU', 'Linux', 'open source'], true)).toEqual([])
    expect(actors(['the life of a child from', 'Operation Babylift'], true)).toEqual([])
    expect(
      actors(['the long-term relationships of', 'Big Brothers Big Sisters of America'], true),
    ).toEqual([])
    expect(actors(['the', 'Scottsboro Boys', 'case'], true)).toEqual([])
  })

  it.each<[string, CastReason]>([
    ['Unknown', 'list-residue'],
    ['1972 Summer Olympics', 'event'],
    ['The Trans Continental Pop Festival', 'event'],
  ])('never makes %j a person (%s)', (text, reason) => {
    expect(reasons([text], true)).toEqual([[text, reason, false]])
  })

  it('reads "Footage of" as the archive-footage caption it is', () => {
    expect(normaliseCast(['Footage of', 'Kurt Cobain'], true).credits).toEqual([
      { actor: 'Kurt Cobain', note: 'archive footage', disambiguator: null },
    ])
  })

  it("keeps the film's own title out of its cast", () => {
    expect(normaliseCast(['Tom Neal', 'The Miracle Kid'], false, 'The Miracle Kid')).toEqual({
      credits: [{ actor: 'Tom Neal', note: null, disambiguator: null }],
      notices: [{ text: 'The Miracle Kid', reason: 'film-title', placed: false }],
    })
  })

  it('keeps a stage name with a lower-case word, and a band as a note on its leader', () => {
    expect(actors(['Mc chris', 'Fred Armisen'])).toEqual(['Mc chris', 'Fred Armisen'])
    expect(normaliseCast(['Paul Whiteman', 'and his Orchestra']).credits).toEqual([
      { actor: 'Paul Whiteman', note: 'and his Orchestra', disambiguator: null },
    ])
  })

  it('splits twins who share a surname, and keeps a double act whole', () => {
    expect(actors(['Cole and Dylan Sprouse', 'Ben & Gavin Kuiack'])).toEqual([
      'Cole Sprouse',
      'Dylan Sprouse',
      'Ben Kuiack',
      'Gavin Kuiack',
    ])
    expect(actors(['Laurel and Hardy', 'Simon & Garfunkel'])).toEqual([
      'Laurel and Hardy',
      'Simon & Garfunkel',
    ])
  })

  it('elsewhere, a dangling fragment takes only the string after it along', () => {
    expect(
      actors([
        'Martin Freeman',
        'various child contestants on',
        "Britain's Got Talent",
        'Pam Ferris',
      ]),
    ).toEqual(['Martin Freeman', 'Pam Ferris'])
  })
})
