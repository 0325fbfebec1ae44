/** Condition keys worth suggesting for an action: its own, its resource types', and the global ones. */
import { useEffect, useState } from 'react';

import { usePlayground } from '../../state/hooks';

/** Suggested context keys for `action` (empty until the catalog details load). */
export function useContextKeySuggestions(action: string): readonly string[] {
  const catalog = usePlayground((s) => s.catalog);
  const [keys, setKeys] = useState<readonly string[]>([]);
  useEffect(() => {
    let cancelled = false;
    if (!catalog) return;
    const found = catalog.findAction(action);
    void (async () => {
      const globals = await catalog.globalConditionKeys();
      const details = found ? await catalog.serviceDetails(found.service) : null;
      const own: string[] = [];
      if (found && details?.ok) {
        const d = details.value.action(found.name);
        own.push(...(d?.conditionKeys ?? []));
        for (const rt of d?.resourceTypes ?? []) {
          own.push(...(details.value.resourceTypes.find((r) => r.name === rt.name)?.conditionKeys ?? []));
        }
      }
      const global = globals.ok ? globals.value.all.map((k) => k.key) : [];
      if (!cancelled) setKeys([...new Set([...own, ...global])]);
    })();
    return () => {
      cancelled = true;
    };
  }, [catalog, action]);
  return keys;
}
