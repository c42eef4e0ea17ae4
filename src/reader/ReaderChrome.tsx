/** The reader view's own controls: the article's title and origin, text size, and the cast. */
import type { Translate } from '../card/Card';
import { READER_FONT_SIZES } from '../settings/settings';

export interface ReaderChromeProps {
  t: Translate;
  title: string;
  byline: string | null;
  url: string;
  fontSize: number;
  onFontSize(size: number): void;
  onToggleCast(): void;
}

export function ReaderChrome({ t, title, byline, url, fontSize, onFontSize, onToggleCast }: ReaderChromeProps) {
  const { min, max, step } = READER_FONT_SIZES;
  return (
    <header class="reader-head">
      <nav class="toolbar" aria-label={t('reader.title')}>
        <a class="original" href={url} target="_blank" rel="noopener noreferrer">
          {t('reader.original')}: {new URL(url).hostname}
        </a>
        <span class="spacer" />
        <button type="button" class="smaller" aria-label={`A− ${t('reader.smaller')}`} disabled={fontSize <= min} onClick={() => onFontSize(fontSize - step)}>
          A−
        </button>
        <span class="font-size" aria-live="polite">
          {t('reader.fontSize', { size: fontSize })}
        </span>
        <button type="button" class="larger" aria-label={`A+ ${t('reader.larger')}`} disabled={fontSize >= max} onClick={() => onFontSize(fontSize + step)}>
          A+
        </button>
        <button type="button" class="cast" onClick={onToggleCast}>
          {t('reader.cast')}
        </button>
      </nav>
      <h1>{title}</h1>
      {byline && <p class="byline">{byline}</p>}
    </header>
  );
}
