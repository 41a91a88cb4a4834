import type { ReactNode } from 'react';

export type BadgeTone = 'neutral' | 'info' | 'success' | 'warning' | 'danger' | 'strong';

interface BadgeProps {
  tone: BadgeTone;
  children: ReactNode;
}

/** A short state written in words (the colour only repeats it, WCAG 1.4.1). */
export function Badge({ tone, children }: BadgeProps) {
  return <span className={`badge badge--${tone}`}>{children}</span>;
}
