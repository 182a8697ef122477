/**
 * The components the official-text MDX may use (the list is checked in src/lib/clauses.ts).
 * planComponents render /plan/; actionPageComponents render an action's own page, where the
 * measures are the page's top headings.
 */
import Actions from './Actions.astro';
import Addressee from './Addressee.astro';
import DocNumber from './DocNumber.astro';
import Item from './Item.astro';
import Masthead from './Masthead.astro';
import Measure from './Measure.astro';
import MeasureOnActionPage from './MeasureOnActionPage.astro';
import P from './P.astro';
import Section from './Section.astro';
import Signature from './Signature.astro';

// <Clause> (a run-in clause such as （一）强化组织领导。) renders like a <Section>; the clause index tells them apart.
export const planComponents = { Actions, Addressee, Clause: Section, DocNumber, Item, Masthead, Measure, P, Section, Signature };
export const actionPageComponents = { ...planComponents, Measure: MeasureOnActionPage };
