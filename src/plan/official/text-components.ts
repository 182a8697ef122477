/**
 * The components an action's text (content/plan/actions/N.mdx) may use: those of the whole plan
 * (./index.ts) but <Actions>, which places the actions' texts into document.mdx.
 */
import Addressee from './Addressee.astro';
import DocNumber from './DocNumber.astro';
import Item from './Item.astro';
import Masthead from './Masthead.astro';
import Measure from './Measure.astro';
import P from './P.astro';
import Section from './Section.astro';
import Signature from './Signature.astro';

// <Clause> (a run-in clause such as （一）强化组织领导。) renders like a <Section>; the clause index tells them apart.
export const textComponents = { Addressee, Clause: Section, DocNumber, Item, Masthead, Measure, P, Section, Signature };
