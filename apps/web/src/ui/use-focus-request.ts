import { useEffect, useState } from 'react';

/**
 * Moves focus to an element once the current change is on screen: the first input of a row just added, or a
 * heading when the control that had focus goes away. The hook's effect runs after those of the components below
 * (a closing dialog puts focus back on its opener first), so the request has the last word. Each request counts,
 * even for the same element twice in a row.
 */
export function useFocusRequest(): (elementId: string) => void {
  const [request, setRequest] = useState<{ elementId: string; serial: number } | null>(null);
  useEffect(() => {
    if (request) document.getElementById(request.elementId)?.focus();
  }, [request]);
  return (elementId: string) => setRequest((previous) => ({ elementId, serial: (previous?.serial ?? 0) + 1 }));
}
