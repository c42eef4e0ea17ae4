/**
 * Erases what the extension keeps about its reader: all of its local storage, which holds the
 * settings (they read as their defaults once gone) and the copy of the article last opened, with
 * its cited passages (the Wired story then links to the fallback). The area is cleared whole rather
 * than key by key, so that what earlier versions stored (the settings in one object) goes too, and
 * whatever a later version adds cannot be missed.
 *
 * The records in session storage stay: they say what was decided about each open tab, for the
 * popup and the toolbar, live in memory only, and go when their tab closes or the browser quits.
 */
import { browser } from 'wxt/browser';

export async function eraseStoredData(): Promise<void> {
  await browser.storage.local.clear();
}
