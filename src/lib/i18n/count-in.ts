/** The forms of a counted phrase, as `Intl.PluralRules` names its categories; `other` stands in for any form not given. */
export type PluralForms = Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };

/**
 * Write a number and the form of a phrase that agrees with it in `locale`, e.g. `countIn('fr', 2,
 * { one: 'mot ajouté', other: 'mots ajoutés' })` → `2 mots ajoutés`. The number is written with the
 * locale's digit grouping (`1,204`, `1.204`, `1 204`); the form is chosen by `Intl.PluralRules`
 * (CLDR), so French `0` and `1` take `one`, and `1 000 000` takes `many` where it is given.
 */
export function countIn(locale: string, n: number, forms: PluralForms): string {
  const form = forms[new Intl.PluralRules(locale).select(n)] ?? forms.other;
  return `${n.toLocaleString(locale)} ${form}`;
}
