// @vitest-environment happy-dom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { CATEGORIES, loadSettings, updateSettings } from './settings';
import { useSettings } from './use-settings';

/** The category switches as the popup and the options page draw them. */
function CategorySwitches() {
  const [settings, save] = useSettings();
  return (
    <form>
      {CATEGORIES.map((category) => (
        <input
          key={category}
          type="checkbox"
          name={category}
          checked={settings.categories[category]}
          onChange={(event) => void save({ categories: { [category]: event.currentTarget.checked } })}
        />
      ))}
    </form>
  );
}

const pages: HTMLElement[] = [];

/** Draws the switches in a page of their own, and waits until they show what storage holds. */
async function openPage(): Promise<HTMLElement> {
  const page = document.createElement('div');
  document.body.append(page);
  pages.push(page);
  await act(() => render(<CategorySwitches />, page));
  await vi.waitFor(() => expect(ticked(page)).toEqual([]));
  return page;
}

const box = (page: HTMLElement, category: string) => page.querySelector<HTMLInputElement>(`input[name=${category}]`)!;
const ticked = (page: HTMLElement) => CATEGORIES.filter((category) => box(page, category).checked);
const storedCategories = async () => {
  const { categories } = await loadSettings();
  return CATEGORIES.filter((category) => categories[category]);
};

describe('settings in a page', () => {
  beforeEach(async () => {
    fakeBrowser.reset();
    // Not the defaults, so that a page showing them has read them.
    await updateSettings({ categories: { person: false } });
  });
  afterEach(() => {
    vi.restoreAllMocks();
    for (const page of pages.splice(0)) {
      render(null, page);
      page.remove();
    }
  });

  it('keeps every one of three boxes ticked before the page redraws', async () => {
    const page = await openPage();
    await act(() => {
      for (const category of ['organisation', 'work', 'term']) box(page, category).click();
    });
    const expected = ['organisation', 'work', 'term'];
    await vi.waitFor(async () => expect(await storedCategories()).toEqual(expected));
    await vi.waitFor(() => expect(ticked(page)).toEqual(expected));
  });

  it('shows a tick at once and keeps it through a redraw while storage has not answered yet', async () => {
    const page = await openPage();
    let answer = () => {};
    const answered = new Promise<void>((resolve) => (answer = resolve));
    const set = fakeBrowser.storage.local.set.bind(fakeBrowser.storage.local);
    vi.spyOn(fakeBrowser.storage.local, 'set').mockImplementation((items) => answered.then(() => set(items)));
    await act(() => box(page, 'term').click());
    // The popup redraws on its own when the tab's details arrive.
    await act(() => render(<CategorySwitches />, page));
    expect(ticked(page)).toEqual(['term']);
    answer();
    await vi.waitFor(async () => expect(await storedCategories()).toEqual(['term']));
  });

  it('keeps the boxes ticked in two pages at once, and shows them all in both', async () => {
    const popup = await openPage();
    const options = await openPage();
    await act(() => {
      box(popup, 'term').click();
      box(options, 'work').click();
      box(popup, 'person').click();
    });
    const expected = ['person', 'work', 'term'];
    await vi.waitFor(async () => expect(await storedCategories()).toEqual(expected));
    await vi.waitFor(() => expect(ticked(popup)).toEqual(expected));
    await vi.waitFor(() => expect(ticked(options)).toEqual(expected));
  });
});
