/** Preact hook: the current settings, kept live, and a function that saves a change. */
import { useCallback, useEffect, useState } from 'preact/hooks';
import { applySettingsChange, DEFAULT_SETTINGS, loadSettings, updateSettings, watchSettings, type Settings, type SettingsChange } from './settings';

export function useSettings(): [Settings, (change: SettingsChange) => Promise<void>] {
  const [settings, setSettings] = useState<Settings>(DEFAULT_SETTINGS);
  useEffect(() => {
    let heard = false;
    const stop = watchSettings((next) => {
      heard = true;
      setSettings(next);
    });
    // A change heard while the first read was on its way is newer than what that read returns.
    void loadSettings().then((loaded) => {
      if (!heard) setSettings(loaded);
    });
    return stop;
  }, []);
  // Shown at once, on top of the latest state rather than the copy the calling render saw, so
  // changes made before the page redraws add up on screen as they do in storage.
  const save = useCallback(async (change: SettingsChange) => {
    setSettings((current) => applySettingsChange(current, change));
    await updateSettings(change);
  }, []);
  return [settings, save];
}
