/**
 * The components the official-text MDX may use (the list is checked in src/plan/clauses.ts).
 * planComponents render /plan/; actionPageComponents render an action's own page, where the
 * measures are the page's top headings.
 */
import Actions from './Actions.astro';
import MeasureOnActionPage from './MeasureOnActionPage.astro';
import { textComponents } from './text-components.ts';

export const planComponents = { ...textComponents, Actions };
export const actionPageComponents = { ...planComponents, Measure: MeasureOnActionPage };
