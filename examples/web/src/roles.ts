// Commas, semicolons, colons and full stops, with any spaces, at the end of a role: the stored
// roles keep the comma that separated them from the next clause of the sentence (`Bí thư Tỉnh đoàn,`).
const TRAILING_PUNCTUATION = /[\s,;:.]+$/u

/** A role as shown: without the punctuation it was cut from its sentence with. */
export function roleText(role: string): string {
  return role.replace(TRAILING_PUNCTUATION, '').trim()
}

/** A person's roles on one line, `Phó Bí thư Tỉnh đoàn, chủ trì`; roles that are only punctuation are dropped. */
export function rolesText(roles: readonly string[]): string {
  return roles
    .map(roleText)
    .filter((role) => role !== '')
    .join(', ')
}
