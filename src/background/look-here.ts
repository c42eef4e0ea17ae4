/**
 * The reader's own request, from the popup, to look for the article in a tab: the same detector
 * as on every page worth a look, but on any page and reading as far as on one titled like the
 * article. Where it finds the article it asks for the annotator exactly as it always does
 * (messages.ts), so what follows is what follows any detection.
 */
import { isKnownHome } from '../detect/detect';
import type { LookHereAnswer } from '../messages';
import type { RunOn } from '../settings/settings';
import { DETECTOR_FILE, type Inject } from './inject';
import { decisionOfFrames, type FrameResult, type TabRecords } from './tab-records';

export interface LookHereDeps {
  inject: Inject;
  records: TabRecords;
  runOn(): Promise<RunOn>;
  /** The tab's address, or undefined where the browser does not tell it (pages we may not script). */
  tabUrl(tabId: number): Promise<string | undefined>;
}

export async function lookHere(tabId: number, { inject, records, runOn, tabUrl }: LookHereDeps): Promise<LookHereAnswer> {
  const url = await tabUrl(tabId);
  if (url !== undefined && !isKnownHome(url) && (await runOn()) === 'known-homes') return 'known-homes-only';
  let frames: FrameResult[];
  try {
    frames = await inject(tabId, DETECTOR_FILE, 'all', true);
  } catch {
    return 'not-allowed';
  }
  // On demand the detector answers now, so its answer is final: the article or not.
  const found = decisionOfFrames(frames) === 'article';
  if (url !== undefined) await records.record(tabId, url, found ? 'article' : 'not-article');
  return found ? 'found' : 'not-found';
}
