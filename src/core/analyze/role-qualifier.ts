// What a text writes right after a job title to say which one it is: "(Payments)", ", Rider Information
// Systems", " – Hospitality Training". Requisition numbers and location or contract notes are not part of it.
import { builtOnFirstUse } from '../caseless';
import { isTitleHead } from './names';
import { isPlaceQualifier } from './places';
import { oneByte } from '../one-byte';

// A full stop of an abbreviation ("Sr.", "U.S.") but not one a new sentence follows: ", Paramus. Carla and I will…" qualifies nothing.
const WORD = oneByte(String.raw`(?:[A-Z](?:[\w'’&/–-]|\.(?![ \t]{1,3}[A-Z])){0,30}|K–\d{1,2}|&|and|of|for|to|the)`);
const WORDS = String.raw`${WORD}(?:[ \t]+${WORD}){0,5}`;
/** Where a qualifier ends in prose: the noun of the post, the employer, its department, a parenthesis, a verb ("– Tax & Trusts is tomorrow") or a clause (", based at"). */
const PROSE_END = String.raw`(?=[ \t]*\(|[ \t]+(?:role|position|opening|post|vacancy|job|at|with|is|was|will)\b|[ \t]+in[ \t]+(?:our|the)\b|,[ \t]+[a-z]|[.!?][ \t]+[A-Z][a-z]+\b(?!\.))`;
/** In a subject a qualifier may also end the subject or a segment of it. */
const SUBJECT_END = oneByte(String.raw`(?=[ \t]*(?:$|\(|[|:]|[–—-][ \t])|[ \t]+(?:role|position|opening|post|vacancy|job|at|with)\b)`);

const COMMA_PROSE = new RegExp(String.raw`^,[ \t]+(${WORDS})${PROSE_END}`);
const COMMA_SUBJECT = new RegExp(String.raw`^,[ \t]+(${WORDS})${SUBJECT_END}`);
const DASH = oneByte(/[–—-]/);
const DASH_PROSE = new RegExp(oneByte(String.raw`^[ \t]+[–—-][ \t]+(${WORDS})${PROSE_END}`));
const DASH_SUBJECT = new RegExp(oneByte(String.raw`^[ \t]+[–—-][ \t]+(${WORDS})${SUBJECT_END}`));
/** In a subject, words that run on from the title to the end of its segment: "Asset Manager Residential (m/w/d) – …". */
const RUN_ON_SUBJECT = new RegExp(String.raw`^[ \t]+(${WORDS})${SUBJECT_END}`);
/** "Lecturer (Level B) in Nonprofit Management": the field the post is in, after its brackets. */
const FIELD_PROSE = new RegExp(String.raw`^[ \t]+in[ \t]+(?=[A-Z])(${WORDS})${PROSE_END}`);
const FIELD_SUBJECT = new RegExp(String.raw`^[ \t]+in[ \t]+(?=[A-Z])(${WORDS})${SUBJECT_END}`);
// The prose readers run on every title a thread's mail gives; a thread has one subject.
const buildPatterns = builtOnFirstUse(() => [COMMA_PROSE, DASH_PROSE, FIELD_PROSE]);
/** A number on its own in brackets is a grade or band ("(APS 6)", "(Clerk Grade 9/10)"); "(KS3–KS4)", "(3rd–5th Year)" name the post. */
const GRADE_NUMBER = /\b\d+\b/;
const PARENTHESIS = /^[ \t]*\(([A-Z][^()\n]{0,40})\)/;

/** Words of the mail's business, not of the title: "– Interview", "– Next Steps". */
const NOT_A_QUALIFIER = /\b(?:interview|invitation|update|application|applying|offer|next|steps|confirm\w*|follow-up|availability|schedul\w*|reminder|request|exercise|visit|assessment|call|chat|meeting|round|stage|decision|feedback|thank|req|requisition|job|posting|ref|id|no|advt|full|part|time|exempt|non-exempt|contract|contractual|permanent|tv-?l|tv-?öd|tvod|temporary|fixed[- ]term|tenure|tenured|non-tenure|all genders|remote|hybrid|onsite|[mfwdx]\/[mfwdx]\/[mfwdx]|role|position|opening|opportunity|vacancy|post|reschedul\w*|cancel\w*|outcome|result|status|review|screen\w*|panel|debrief|welcome|congratulations|grade|band|pay scale|classified|unclassified|certificated|today|tomorrow|tonight|monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b/i;

/** An organisation's name ends so: ", Kaveri Valley Multispeciality Hospital" names the employer, not the post. */
const ORGANISATION_END = /\b(?:Hospital|School|College|University|Lodge|Hotels?|Resorts?|Foundation|County|District|Group|Trust|Bank|Council|Inc|Ltd|LLC|LLP|GmbH|Co)\.?$/;

/** An organisation or one of its units starts so: ", Department of Computer Science", "– The Wexford Chicago". */
const ORGANISATION_START = /^(?:The|Department|School|Faculty|Division|Office|College|Institute)\b/;

/** A site or patch of the employer, named by its kind: "(Salt Lake campus)", "(Auburn Hills plant)", "(Lakeland territory)". */
const SITE_END = /\b(?:campus|plant|site|branch|depot|warehouse|facility|factory|mill|location|territory|region)$/i;

/** The title in German, as bilingual postings give it beside the English one: "(Bauleiter Holzbau)", "(Softwareentwicklerin)", "(Kfz-Mechatronik)". */
const GERMAN_TITLE = /(?:leiter|ingenieur|entwickler|berater|referent|kaufmann|kauffrau|techniker|mitarbeiter|bearbeiter|fachkraft|meister|verkäufer|pfleger|erzieher|mechatronik(?:er)?|elektroniker|monteur|sachbearbeiter)(?:in)?\b/i;
/** The title in Spanish, Portuguese, French or Italian beside the English one: "(Ingeniera de Presupuestos)", "(Analista de Dados)", "(Chef de projet)". */
const ROMANCE_TITLE = /^(?:ingenier[oa]|engenheir[oa]|ingénieur(?:e)?|ingegnere|analista|gerente|jef[ea]|director[a]?|diretor[a]?|directeur|directrice|coordinador[a]?|coordenador[a]?|coordinat(?:eur|rice|ore|rice)|técnic[oa]|tecnic[oa]|técnico|asistente|assistente|desarrollador[a]?|desenvolvedor[a]?|diseñador[a]?|designer|responsable|responsabile|encargad[oa]|supervisor[a]?|especialista|consultor[a]?|chef|chargé(?:e)?|auxiliar|administrativ[oa]|contador[a]?|abogad[oa]|advogad[oa])\b/i;

/** Another title, not a qualifier of this one: "(Media Specialist III)", "(Senior Analyst)". */
const isTitle = (words: string) => GERMAN_TITLE.test(words) || ROMANCE_TITLE.test(words.trim()) || isTitleHead(words.trim().replace(/(?:[ \t](?:[IVX]{1,4}|\d{1,2})){1,2}$/, '').split(/[ \t]+/).at(-1) ?? '');

/** Not the mail's business, not a reference number, not another title, not a place (but on a field line, "Role: …", the value is kept as the employer wrote it), and not the employer or a unit of it ("– Blauwerk GmbH", "(Vantage Cloud)"). */
export function acceptable(words: string, isEmployer: (name: string) => boolean, fieldLine = false): boolean {
  if (NOT_A_QUALIFIER.test(words) || (!fieldLine && isPlaceQualifier(words)) || ORGANISATION_END.test(words.trim()) || SITE_END.test(words.trim()) || ORGANISATION_START.test(words.trim()) || isTitle(words) || /\d{3}/.test(words)) return false;
  const split = words.split(/[ \t]+/);
  return !split.some((_, i) => isEmployer(split.slice(0, i + 1).join(' ')));
}

/** The qualifier at the start of `after` (the text right after a title), with its separator, or null. */
export function roleQualifier(after: string, inSubject: boolean, isEmployer: (name: string) => boolean, fieldLine = false): string | null {
  buildPatterns();
  const tail = (inSubject ? COMMA_SUBJECT : COMMA_PROSE).exec(after) ?? (inSubject ? DASH_SUBJECT : DASH_PROSE).exec(after) ?? (inSubject ? RUN_ON_SUBJECT.exec(after) : null);
  let qualifier = '';
  let rest = after;
  if (tail?.[1] && acceptable(tail[1], isEmployer, fieldLine)) {
    const opening = tail[0].trimStart().charAt(0);
    const separator = opening === ',' ? ', ' : DASH.test(opening) ? ` ${opening} ` : ' ';
    qualifier = `${separator}${tail[1]}`;
    rest = after.slice(tail[0].length);
  }
  const parenthesis = PARENTHESIS.exec(rest);
  if (parenthesis?.[1] && !GRADE_NUMBER.test(parenthesis[1]) && acceptable(parenthesis[1], isEmployer, fieldLine)) {
    qualifier += ` (${parenthesis[1].trim()})`;
    // "the position of Software Developer (Java) – E-Government Services (pay grade E 13)": in prose the dash goes on naming the post;
    // "School Nurse (RN), Health Services": so does a comma, in prose and in a subject.
    const next = rest.slice(parenthesis[0].length);
    const onlyParenthesis = qualifier === ` (${parenthesis[1].trim()})`;
    const comma = onlyParenthesis ? (inSubject ? COMMA_SUBJECT : COMMA_PROSE).exec(next) : null;
    const field = onlyParenthesis && !comma ? (inSubject ? FIELD_SUBJECT : FIELD_PROSE).exec(next) : null;
    const dash = onlyParenthesis && !comma && !field && !inSubject ? DASH_PROSE.exec(next) : null;
    if (comma?.[1] && acceptable(comma[1], isEmployer, fieldLine)) qualifier += `, ${comma[1]}`;
    else if (field?.[1] && acceptable(field[1], isEmployer, fieldLine)) qualifier += ` in ${field[1]}`;
    else if (dash?.[1] && acceptable(dash[1], isEmployer, fieldLine)) qualifier += ` ${dash[0].trim().charAt(0)} ${dash[1]}`;
  }
  return qualifier || null;
}
