/** Preact hook: the current settings, kept live, and a function that saves a change. */
import { useEffect, useState } from 'preact/hooks';
import { DEFAULT_SETTINGS, loadSettings, updateSettings, watchSettings, type Settings } from './settings';

export function useSettings(): [Settings, (change: Partial<Settings>) => Promise<void>] {
  const [settings, setSettings] = useState<Settings>(DEFAULT_SETTINGS);
  useEffect(() => {
    void loadSettings().then(setSettings);
    return watchSettings(setSettings);
  }, []);
  const save = async (change: Partial<Settings>) => setSettings(await updateSettings(change));
  return [settings, save];
}
