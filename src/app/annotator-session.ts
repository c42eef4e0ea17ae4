/**
 * Keeps the annotator in step with the reader's settings: glosses switch in place; a change of
 * categories undoes every mark and marks the page again, so nothing stale is left behind.
 */
import type { Translate } from '../card/Card';
import type { ArticleKind } from '../detect/detect';
import type { Category } from '../glossary/types';
import type { UiLanguage } from '../i18n/i18n';
import type { ArticleInfo } from '../messages';
import { CATEGORIES, loadSettings, watchSettings, type Settings } from '../settings/settings';
import { startAnnotator, type Annotator } from './annotator';

export interface AnnotatorSession {
  info(): ArticleInfo;
  stop(): void;
}

function enabledCategories(settings: Settings): Set<Category> {
  return new Set(CATEGORIES.filter((category) => settings.categories[category]));
}

function sameCategories(a: Settings, b: Settings): boolean {
  return CATEGORIES.every((category) => a.categories[category] === b.categories[category]);
}

export async function startAnnotatorSession(options: {
  doc: Document;
  kind: ArticleKind;
  uiLanguage: UiLanguage;
  t: Translate;
}): Promise<AnnotatorSession | null> {
  let settings = await loadSettings();
  const annotate = (current: Settings): Annotator | null => {
    const annotator = startAnnotator({ ...options, categories: enabledCategories(current) });
    annotator?.setGlosses(current.glosses);
    return annotator;
  };
  let annotator = annotate(settings);
  if (!annotator) return null;

  const unwatch = watchSettings((next) => {
    if (!sameCategories(settings, next)) {
      annotator?.stop();
      annotator = annotate(next);
    } else {
      annotator?.setGlosses(next.glosses);
    }
    settings = next;
  });

  return {
    info: () => ({ kind: options.kind, mentionCount: annotator?.mentionCount ?? 0 }),
    stop() {
      unwatch();
      annotator?.stop();
      annotator = null;
    },
  };
}
