// What the article has said about who speaks: people mentioned by full name, and the sources
// of earlier attributions, so that "he said", "it said" and "the officials said" can be
// resolved to the name a reader would look for ("Habib Essid", "Roscosmos", "Con Edison officials").
import { looksLikePerson, surnameOf, withoutTitles } from './attribution-names';
import { isHonorific } from './attribution-lexicon';
import { withoutPossessive } from '../text/chars';

/** A character that glues a capital to the word before it ("McDonald", "O'Neil", "e-Bay"): no name starts there. */
const GLUE_BEFORE = /[A-Za-z\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u024F0-9'-]/;
/** Two or more capitalised words in a row (an honorific or initial may keep its full stop). */
const NAME_SEQUENCE = /[A-Z\u00C0-\u00D6\u00D8-\u00DE][A-Za-z\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u024F'-]*\.?(?: [A-Z\u00C0-\u00D6\u00D8-\u00DE][A-Za-z\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u024F'-]*\.?)+/g;

export interface Speaker {
  name: string;
  person: boolean;
  plural: boolean;
  /** the sentence (counted by noteMentions calls) the speaker was cited in */
  sentence: number;
}

/** "it" and "they" only reach back this many sentences: further back they mean something else. */
const IT_REACH = 1;

export class SpeakerMemory {
  /** surname → the fullest name seen ("Askar" → "Ammar Askar") */
  private readonly fullNames = new Map<string, string>();
  private readonly speakers: Speaker[] = [];
  private lastPersonMention: string | null = null;
  /** the person a sentence opens with as its subject ("Te Kaurinui was called …"), and that sentence */
  private openingPerson: { name: string; sentence: number } | null = null;
  private sentence = -1;

  /** Records the people a sentence mentions by name; call once for every sentence, in order. */
  noteMentions(sentence: string): void {
    this.sentence++;
    NAME_SEQUENCE.lastIndex = 0;
    for (let m = NAME_SEQUENCE.exec(sentence); m; m = NAME_SEQUENCE.exec(sentence)) {
      // (a look-behind in the pattern would be much slower than this check)
      if (m.index > 0 && GLUE_BEFORE.test(sentence[m.index - 1]!)) {
        NAME_SEQUENCE.lastIndex = m.index + 1;
        continue;
      }
      const words = withoutTitles({ start: m.index, end: m.index + m[0].length, text: m[0], words: m[0].split(' ') });
      if (!looksLikePerson(words)) continue;
      const surname = surnameOf(words);
      const named = words.filter((w) => !isHonorific(w));
      if (named.length >= 2) {
        const full = withoutPossessive(named.join(' '));
        const known = this.fullNames.get(surname);
        if (!known || known.split(' ').length < named.length) this.fullNames.set(surname, full);
      }
      this.lastPersonMention = this.fullNames.get(surname) ?? words.join(' ');
      if (m.index === 0 && !m[0].endsWith("'s")) {
        this.openingPerson = { name: named.length >= 2 ? named.join(' ') : this.lastPersonMention, sentence: this.sentence };
      }
    }
  }

  /** True when `name` is a known person's name or surname, or has an honorific. */
  isPerson(name: string): boolean {
    const words = name.split(' ');
    if (looksLikePerson(words)) return true;
    return words.length === 1 && this.fullNames.has(withoutPossessive(name));
  }

  /** The fullest known form of a person's name ("Mr. McHugh" → "Patrick McHugh"). */
  fullName(name: string): string {
    const words = name.split(' ');
    return this.fullNames.get(surnameOf(words)) ?? name;
  }

  noteSpeaker(name: string): void {
    const person = this.isPerson(name);
    const head = name.split(' ').pop() ?? '';
    const plural = !person && /^[a-z\u00DF-\u00F6\u00F8-\u00FF].*[^s]s$/.test(head);
    this.speakers.push({ name: person ? this.fullName(name) : name, person, plural, sentence: this.sentence });
  }

  /** The source a pronoun or a definite description stands for, or null. */
  resolve(phrase: string): string | null {
    const p = phrase.toLowerCase();
    if (p === 'he' || p === 'she') {
      // "Te Kaurinui was called … . He says …": the subject of the sentence before, unless it was cited there
      const opening = this.openingPerson;
      if (opening && opening.sentence === this.sentence - 1 && !this.speakers.some((s) => s.sentence === opening.sentence)) return opening.name;
      for (let i = this.speakers.length - 1; i >= 0; i--) if (this.speakers[i]!.person) return this.speakers[i]!.name;
      // no one cited is known as a person: a one-word name cited before ("Yoon said") likely is one
      for (let i = this.speakers.length - 1; i >= 0; i--) if (/^[A-Z][a-z'-]+$/.test(this.speakers[i]!.name)) return this.speakers[i]!.name;
      return this.lastPersonMention;
    }
    if (p === 'it') {
      for (let i = this.speakers.length - 1; i >= 0; i--) {
        const s = this.speakers[i]!;
        if (this.sentence - s.sentence > IT_REACH) return null;
        if (!s.person && !s.plural) return s.name;
      }
      return null;
    }
    if (p === 'they') {
      for (let i = this.speakers.length - 1; i >= 0; i--) {
        const s = this.speakers[i]!;
        if (this.sentence - s.sentence > IT_REACH) return null;
        if (s.plural) return s.name;
      }
      return null;
    }
    const definite = /^the ([a-z]+)$/.exec(p);
    if (definite) {
      const head = definite[1]!;
      for (let i = this.speakers.length - 1; i >= 0; i--) {
        const s = this.speakers[i]!;
        if (s.name.toLowerCase().endsWith(' ' + head) && s.name.toLowerCase() !== p) return s.name;
      }
    }
    return null;
  }
}
