import type { RedlineStats } from '../redline/index.ts';
import { count } from '../text/count.ts';
import { visibleControls } from '../text/visible-controls.ts';

/** Write a redline's counts and its per-section summary as text lines, section titles' control characters shown as escapes. */
export function renderStatsText(stats: RedlineStats): string {
  if (stats.changes === 0) return 'No changes: the two versions have the same text.\n';
  const moved = stats.blocksMoved > 0 ? `, ${count(stats.blocksMoved, 'block')} moved` : '';
  const lines = [
    `${count(stats.wordsInserted, 'word')} added, ${count(stats.wordsDeleted, 'word')} removed${moved} — ${count(stats.changes, 'change')} in ${count(stats.sections.length, 'section')}.`,
  ];
  if (stats.fallback)
    lines.push(
      `Some passages differ too much to compare word by word (${visibleControls(stats.fallbackReasons.join('; '))}): they show as removed and added whole.`,
    );
  for (const section of stats.sections) {
    lines.push(
      `  ${visibleControls(section.title) || '(before the first heading)'}: ${count(section.changes, 'change')}, +${section.wordsInserted} −${section.wordsDeleted} words`,
    );
  }
  return `${lines.join('\n')}\n`;
}
