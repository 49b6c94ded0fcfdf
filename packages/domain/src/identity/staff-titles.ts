/**
 * Staff job titles in English. The HSA catalogue gives a staff member's title as Swedish free
 * text ("Sjuksköterska", "Distriktsläkare"); English pages show the English title when the
 * catalogue below knows it, and the HSA text as it stands when it does not. One table, so that
 * both apps and the API's downloads name a profession the same way.
 */

/** Swedish title (lower case, single spaces) → English. */
const STAFF_TITLES_EN: Readonly<Record<string, string>> = {
  // Nursing
  sjuksköterska: 'Nurse',
  'legitimerad sjuksköterska': 'Registered nurse',
  distriktssköterska: 'District nurse',
  specialistsjuksköterska: 'Specialist nurse',
  barnsjuksköterska: 'Paediatric nurse',
  skolsköterska: 'School nurse',
  psykiatrisjuksköterska: 'Psychiatric nurse',
  operationssjuksköterska: 'Theatre nurse',
  anestesisjuksköterska: 'Nurse anaesthetist',
  röntgensjuksköterska: 'Radiographer',
  undersköterska: 'Assistant nurse',
  skötare: 'Mental health care assistant',
  barnmorska: 'Midwife',
  // Physicians
  läkare: 'Physician',
  'legitimerad läkare': 'Licensed physician',
  distriktsläkare: 'General practitioner',
  allmänläkare: 'General practitioner',
  specialistläkare: 'Specialist physician',
  'specialist i allmänmedicin': 'Specialist in general practice',
  överläkare: 'Consultant physician',
  'biträdande överläkare': 'Associate consultant physician',
  'st-läkare': 'Specialty registrar',
  'at-läkare': 'Junior doctor (intern)',
  'bt-läkare': 'Junior doctor (foundation)',
  underläkare: 'Junior physician',
  chefläkare: 'Chief medical officer',
  // Other professions
  'medicinsk sekreterare': 'Medical secretary',
  vårdadministratör: 'Healthcare administrator',
  fysioterapeut: 'Physiotherapist',
  sjukgymnast: 'Physiotherapist',
  arbetsterapeut: 'Occupational therapist',
  psykolog: 'Psychologist',
  psykoterapeut: 'Psychotherapist',
  kurator: 'Counsellor',
  tandläkare: 'Dentist',
  tandhygienist: 'Dental hygienist',
  tandsköterska: 'Dental nurse',
  dietist: 'Dietitian',
  logoped: 'Speech and language therapist',
  apotekare: 'Pharmacist',
  receptarie: 'Prescriptionist',
  'biomedicinsk analytiker': 'Biomedical scientist',
  audionom: 'Audiologist',
  optiker: 'Optician',
  ortoptist: 'Orthoptist',
  naprapat: 'Naprapath',
  kiropraktor: 'Chiropractor',
  fotterapeut: 'Podiatrist',
  'medicinsk fotterapeut': 'Podiatrist',
  sjukhusfysiker: 'Medical physicist',
  ambulanssjuksköterska: 'Ambulance nurse',
  // Management and administration
  verksamhetschef: 'Head of operations',
  enhetschef: 'Unit manager',
  vårdenhetschef: 'Care unit manager',
  avdelningschef: 'Head of department',
  förvaltningsledare: 'Service manager',
  tjänsteförvaltare: 'Service administrator',
  administratör: 'Administrator',
  samordnare: 'Coordinator',
  vårdsamordnare: 'Care coordinator',
};

function catalogueKey(title: string): string {
  return title.trim().replace(/\s+/gu, ' ').toLocaleLowerCase('sv');
}

/** The English title for an HSA title, or null when the catalogue does not know it. */
export function englishStaffTitle(hsaTitle: string): string | null {
  // Own keys only: an HSA text such as "constructor" must not find the object's prototype.
  const key = catalogueKey(hsaTitle);
  return Object.hasOwn(STAFF_TITLES_EN, key) ? (STAFF_TITLES_EN[key] ?? null) : null;
}

/**
 * An HSA title in `lang`: Swedish is the HSA text itself; English is the catalogue's title, or
 * the HSA text when the catalogue does not know it.
 */
export function staffTitleIn(hsaTitle: string, lang: 'sv' | 'en'): string {
  if (lang === 'en') return englishStaffTitle(hsaTitle) ?? hsaTitle.trim();
  return hsaTitle.trim();
}

/** An HSA title in both languages (English: the HSA text when unknown). */
export function localizedStaffTitle(hsaTitle: string): { sv: string; en: string } {
  return { sv: staffTitleIn(hsaTitle, 'sv'), en: staffTitleIn(hsaTitle, 'en') };
}

/**
 * A staff member as the citizen and colleagues see them in a message: "Given Family, Title" in
 * both languages, the title from this catalogue (the HSA text when it is not known).
 */
export function staffNameWithTitle(staff: {
  givenName: string;
  familyName: string;
  title: string;
}): { sv: string; en: string } {
  const title = localizedStaffTitle(staff.title);
  const name = `${staff.givenName} ${staff.familyName}`;
  return { sv: `${name}, ${title.sv}`, en: `${name}, ${title.en}` };
}
