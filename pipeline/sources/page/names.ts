// Opening quotes are skipped: nicknames are quoted ('Marta "Mimi" Alves').
const CAPITALISED = /^["'“‘]?[\p{Lu}\p{N}]/u
// Lower-case particles inside names: "dos", "van", "de la", "ibn", "d'".
const PARTICLE = /^\p{Ll}{1,4}'?$/u

/**
 * A person's name or a credited role: a few words, capitalised at both ends
 * (digits count, as in "1st Boyfriend"), with short lower-case particles
 * between ("Marco dos Santos", "Vincent van Gogh"), and no sentence
 * punctuation. Accents, hyphens, apostrophes, quoted nicknames and initials
 * are fine ("Zoë", "Jean-Luc O'Hara", 'Marta "Mimi" Alves', "L. Craig King").
 * `anyCase` drops the capitals rule, for names among other credits ("k.d. lang").
 */
export function looksLikeName(text: string, maxWords = 6, anyCase = false): boolean {
  const words = text.split(/\s+/)
  if (text.length > 60 || words.length > maxWords || /[:;!?()[\]]/.test(text)) return false
  if (anyCase) return true
  return words.every((word, index) => {
    const end = index === 0 || index === words.length - 1
    return CAPITALISED.test(word) || (!end && PARTICLE.test(word))
  })
}
