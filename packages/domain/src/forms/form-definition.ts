import type { LocalizedText } from './localized-text.ts';

/** The version of the definition format itself; bump it when the shape changes. */
export const FORM_FORMAT_VERSION = 1;

/** Global ceilings on answers; an item may set a lower `maxLength`, never a higher one. */
export const FORM_LIMITS = {
  /** Short text (`string`): one line. */
  stringMaxLength: 200,
  /** Long text (`text`): a free-text message. */
  textMaxLength: 4000,
  /** Occurrences of one repeating group. */
  maxOccurs: 50,
  /** Options in one option list. */
  maxOptions: 100,
} as const;

export const FORM_ITEM_TYPES = [
  'string',
  'text',
  'boolean',
  'choice',
  'multi-choice',
  'date',
  'integer',
  'display',
  'group',
] as const;

export type FormItemType = (typeof FORM_ITEM_TYPES)[number];

/** One option of a choice; `code` is what is stored, `display` what is shown. */
export type AnswerOption = { code: string; display: LocalizedText };

/**
 * A condition on an earlier answer (FHIR Questionnaire `enableWhen`). `question` is the linkId
 * of an earlier item in the same group occurrence or an enclosing level; when it sits inside a
 * repeating group, the condition holds if it holds for any occurrence.
 * - `exists`: whether the question has an answer, compared with `answer`;
 * - `=` / `!=`: an answer equals / differs from `answer` (false when unanswered, as in FHIR);
 * - `in`: for choices, a chosen code is one of `answer`.
 */
export type EnableWhen =
  | { question: string; operator: 'exists'; answer: boolean }
  | { question: string; operator: '=' | '!='; answer: string | number | boolean }
  | { question: string; operator: 'in'; answer: string[] };

/**
 * Switches an item on per clinic: a `flag` option must be true, or a `selection` option must
 * include `includes` (e.g. which ready-made nurse questions the clinic asks).
 */
export type ClinicOptionGate = { option: string; includes?: string };

type ItemBase = {
  /** Key of the answer; unique in the definition; letters and digits, starting with a letter. */
  linkId: string;
  /** The question or heading shown to the citizen. */
  text: LocalizedText;
  /** Help text shown under the label. */
  hint?: LocalizedText;
  /** Design note for administrators and developers (why the item exists); not shown to citizens. */
  description?: string;
  enableWhen?: EnableWhen[];
  /** How several `enableWhen` conditions combine; `all` when left out. */
  enableBehavior?: 'all' | 'any';
  clinicOption?: ClinicOptionGate;
};

export const TEXT_FORMATS = ['phone', 'personnummer', 'postal-code', 'street-address'] as const;

/**
 * What a one-line text (`string`) holds, checked and stored in one written form. What people
 * type around it (spaces, dashes, brackets) is dropped, not refused.
 * - `phone`: a number a clinic can call: Swedish as people write it ("070-123 45 67",
 *   "08-123 456 78", "+46 70 123 45 67", "0046 …") or foreign with its country code. Stored in
 *   E.164 (`+46701234567`). Refused with `INVALID_PHONE`.
 * - `personnummer`: a personnummer or samordningsnummer with 10 or 12 digits ("800202-1234",
 *   "19800202 1234"), its check digit right. Stored as `YYYYMMDD-NNNN`. `INVALID_PERSONNUMMER`.
 * - `postal-code`: a Swedish postcode ("123 45", "12345", "SE-123 45"). Stored as `123 45`.
 *   `INVALID_POSTAL_CODE`.
 * - `street-address`: where a carrier brings a parcel: box addresses ("Box 123", "Postbox 12",
 *   "Postfack 4", "PL 1234", "Poste restante") are refused with `BOX_ADDRESS`, as parcel
 *   carriers do not deliver to them.
 */
export type TextFormat = (typeof TEXT_FORMATS)[number];

export type TextItem = ItemBase & {
  /** `string` is one line of short text, `text` a longer free text. */
  type: 'string' | 'text';
  required?: boolean;
  /** Lower than the global limit for the type, never higher. */
  maxLength?: number;
  /** Only on `string`: the answer's format, checked and normalised; see `TextFormat`. */
  format?: TextFormat;
};

export type BooleanItem = ItemBase & { type: 'boolean'; required?: boolean };

/** Most date rules one date item may carry. */
export const MAX_DATE_RULES = 4;
/** Largest offset, in days, a date rule may take either way (about ten years). */
export const MAX_DATE_RULE_DAYS = 3660;

/**
 * A limit on a date answer (the answer must also be an existing date). Both limits are inclusive:
 * `earliest` refuses a date before the reference plus `days`, `latest` one after it.
 *
 * - `relativeTo: 'today'`: the reference is the Stockholm calendar date on which the answers are
 *   checked (the API passes its clock's date; the citizen form also sets the date input's
 *   `min`/`max` from these rules). `days` counts from today, negative for the past, 0 when left
 *   out. Problem codes: `earliest` with `days` 0 gives `DATE_IN_PAST`, below 0
 *   `DATE_TOO_FAR_BACK`, above 0 `DATE_TOO_EARLY`; `latest` with 0 gives `DATE_IN_FUTURE`,
 *   above 0 `DATE_TOO_FAR_AHEAD`, below 0 `DATE_TOO_LATE`.
 * - `relativeTo: 'answer'`: the reference is the answer to `question`, the linkId of an earlier
 *   date item at the same level or an enclosing one (never inside another repeating group).
 *   While that item has no valid answer the rule holds. Codes `DATE_BEFORE_ANSWER` (earliest)
 *   and `DATE_AFTER_ANSWER` (latest).
 *
 * Every code carries `earliest` or `latest` (the limit as `YYYY-MM-DD`); the today-relative ones
 * with a non-zero offset also `days` (its absolute value); the answer-relative ones `question`.
 *
 * @example
 * // A period end: not before its start, not in the future.
 * dateRules: [
 *   { limit: 'earliest', relativeTo: 'answer', question: 'periodFrom' },
 *   { limit: 'latest', relativeTo: 'today' },
 * ]
 * // An appointment within the coming 90 days, at the earliest tomorrow.
 * dateRules: [
 *   { limit: 'earliest', relativeTo: 'today', days: 1 },
 *   { limit: 'latest', relativeTo: 'today', days: 90 },
 * ]
 * // A date at most 30 days back and not in the future.
 * dateRules: [
 *   { limit: 'earliest', relativeTo: 'today', days: -30 },
 *   { limit: 'latest', relativeTo: 'today' },
 * ]
 */
export type DateRule =
  | { limit: 'earliest' | 'latest'; relativeTo: 'today'; days?: number }
  | { limit: 'earliest' | 'latest'; relativeTo: 'answer'; question: string; days?: number };

export type DateItem = ItemBase & {
  type: 'date';
  required?: boolean;
  /** Limits on the date, all of which must hold; see `DateRule`. At most `MAX_DATE_RULES`. */
  dateRules?: DateRule[];
};

export type IntegerItem = ItemBase & {
  type: 'integer';
  required?: boolean;
  minValue?: number;
  maxValue?: number;
};

/**
 * Options come from the definition (`answerOptions`) or from a clinic option of kind `options`
 * (`answerOptionsFrom`), e.g. the certificate kinds a clinic issues; exactly one of the two.
 */
type OptionsSource = {
  answerOptions?: AnswerOption[];
  answerOptionsFrom?: { clinicOption: string };
};

export type ChoiceItem = ItemBase & OptionsSource & { type: 'choice'; required?: boolean };

export type MultiChoiceItem = ItemBase &
  OptionsSource & {
    type: 'multi-choice';
    required?: boolean;
    minSelected?: number;
    maxSelected?: number;
  };

export type DisplayItem = ItemBase & { type: 'display' };

/**
 * A group of items. A repeating group is answered as an array of answer objects with between
 * `minOccurs` (0 when left out) and `maxOccurs` occurrences; a non-repeating group as one answer
 * object, whose own required items are required whenever the group is enabled.
 */
export type GroupItem = ItemBase & {
  type: 'group';
  repeats?: boolean;
  minOccurs?: number;
  maxOccurs?: number;
  items: FormItem[];
};

export type FormItem =
  | TextItem
  | BooleanItem
  | DateItem
  | IntegerItem
  | ChoiceItem
  | MultiChoiceItem
  | DisplayItem
  | GroupItem;

/** The items that take an answer of their own (not display, not group). */
export type AnswerItem =
  TextItem | BooleanItem | DateItem | IntegerItem | ChoiceItem | MultiChoiceItem;

/** A per-clinic setting that the clinic administrator chooses when activating the case type. */
export type ClinicOptionDeclaration =
  | {
      key: string;
      /** On/off: switches the items gated on it. */
      kind: 'flag';
      label: LocalizedText;
      description?: string;
      default: boolean;
    }
  | {
      key: string;
      /** Which of a fixed set of `choices` the clinic uses (codes of `choices`). */
      kind: 'selection';
      label: LocalizedText;
      description?: string;
      choices: AnswerOption[];
      default: string[];
    }
  | {
      key: string;
      /** A list the clinic writes itself, used as a choice item's options. */
      kind: 'options';
      label: LocalizedText;
      description?: string;
      default: AnswerOption[];
    };

/** A case type's questionnaire (frågeformulär), stored as JSON per case-type version. */
export type FormDefinition = {
  formatVersion: typeof FORM_FORMAT_VERSION;
  /** Stable key of the case type, e.g. `renew-prescription`. */
  key: string;
  /** The definition's own version, counted from 1; a published version never changes. */
  version: number;
  title: LocalizedText;
  /** Design note: what the form is for and what was designed beyond the national specification. */
  description?: string;
  clinicOptions: ClinicOptionDeclaration[];
  items: FormItem[];
};

/** An answer value: text, date and choice are strings, multi-choice a string array. */
export type AnswerValue = string | number | boolean | string[] | FormAnswers | FormAnswers[];

/** Answers keyed by item linkId; a non-repeating group is an object, a repeating one an array. */
export type FormAnswers = { [linkId: string]: AnswerValue };
