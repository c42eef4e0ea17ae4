/**
 * The cast: everyone the article names, the eight authors first in byline order, each with their
 * nickname, full name, how often they are mentioned, and buttons that step through the mentions.
 */
import { useState } from 'preact/hooks';
import type { Translate } from '../card/Card';
import type { CompiledEntry } from '../glossary/types';

export interface RosterPerson {
  entry: CompiledEntry;
  /** The first piece of each mention, in document order. */
  mentions: HTMLElement[];
}

export interface RosterProps {
  people: RosterPerson[];
  t: Translate;
  scheme: 'light' | 'dark';
  onJump(mention: HTMLElement): void;
  onClose(): void;
}

/** Authors in byline order, then everyone else in order of first mention. */
export function orderCast(people: RosterPerson[]): { authors: RosterPerson[]; others: RosterPerson[] } {
  const authors = people
    .filter((person) => person.entry.group === 'author')
    .sort((a, b) => (a.entry.authorOrder ?? 0) - (b.entry.authorOrder ?? 0));
  const others = people.filter((person) => person.entry.group !== 'author');
  return { authors, others };
}

function Person({ person, t, onJump, onPosition }: { person: RosterPerson; t: Translate; onJump(m: HTMLElement): void; onPosition(text: string): void }) {
  const [index, setIndex] = useState(-1);
  const { entry, mentions } = person;
  const name = entry.name.native;
  const go = (step: 1 | -1) => {
    const next = index === -1 ? (step === 1 ? 0 : mentions.length - 1) : (index + step + mentions.length) % mentions.length;
    setIndex(next);
    onJump(mentions[next]!);
    onPosition(t('roster.position', { name, index: next + 1, count: mentions.length }));
  };
  return (
    <li class="person" data-entry={entry.id}>
      <div class="who">
        {entry.nickname && (
          <span class="nickname" lang="zh">
            {entry.nickname.text}
          </span>
        )}
        <span class="name">{name}</span>
      </div>
      <span class="count" aria-label={t('roster.mentions', { count: mentions.length })}>
        {mentions.length}
      </span>
      <button type="button" class="previous" aria-label={t('roster.previous', { name })} onClick={() => go(-1)}>
        ‹
      </button>
      <button type="button" class="next" aria-label={t('roster.next', { name })} onClick={() => go(1)}>
        ›
      </button>
    </li>
  );
}

export function Roster({ people, t, scheme, onJump, onClose }: RosterProps) {
  const [position, setPosition] = useState('');
  const { authors, others } = orderCast(people.filter((person) => person.mentions.length > 0));
  const group = (title: string, members: RosterPerson[]) =>
    members.length > 0 && (
      <section>
        <h3>{title}</h3>
        <ul>
          {members.map((person) => (
            <Person key={person.entry.id} person={person} t={t} onJump={onJump} onPosition={setPosition} />
          ))}
        </ul>
      </section>
    );
  return (
    <aside class={`roster ${scheme}`} aria-label={t('roster.title')}>
      <header>
        <h2>{t('roster.title')}</h2>
        <button type="button" class="close" aria-label={t('roster.close')} onClick={onClose}>
          ×
        </button>
      </header>
      {group(t('roster.authors'), authors)}
      {group(t('roster.others'), others)}
      <p class="position" role="status">
        {position}
      </p>
    </aside>
  );
}
