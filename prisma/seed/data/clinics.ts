// The demo clinics: real towns, invented addresses, phone numbers from PTS's fiction ranges
// (see regions.ts), fictional HSA-ids `SE2321000016-<county code><nn>`.
import type { RegionKey } from './regions.ts';

/** What the contact card says the clinic is; also picks its staffing in staff.ts. */
export type ClinicKind =
  | 'vårdcentral'
  | 'hälsocentral'
  | 'barnmottagning'
  | 'barnavårdscentral'
  | 'ungdomsmottagning'
  | 'hudmottagning'
  | 'ortopedmottagning'
  | 'barnmorskemottagning';

/** One line of opening hours; `days` is `mon`–`sun` or a range such as `mon-thu`. */
export type OpeningHours = { days: string; opens: string; closes: string };

export type ClinicData = {
  key: string;
  region: RegionKey;
  hsaId: string;
  name: string;
  kind: ClinicKind;
  street: string;
  postcode: string;
  city: string;
  municipality: string;
  phone: string;
  openingHours: readonly OpeningHours[];
  descriptionSv: string;
  descriptionEn: string;
  /** A clinic that has closed stays in the catalogue, inactive. */
  active?: false;
};

const weekdays = (opens: string, closes: string): OpeningHours[] => [
  { days: 'mon-fri', opens, closes },
];
const withLateMonday: OpeningHours[] = [
  { days: 'mon', opens: '08:00', closes: '19:00' },
  { days: 'tue-thu', opens: '08:00', closes: '17:00' },
  { days: 'fri', opens: '08:00', closes: '16:00' },
];
const youthHours: OpeningHours[] = [
  { days: 'mon-thu', opens: '12:00', closes: '17:00' },
  { days: 'fri', opens: '10:00', closes: '14:00' },
];

export const CLINICS = [
  {
    key: 'farsta-vc',
    region: 'stockholm',
    hsaId: 'SE2321000016-0101',
    name: 'Farsta vårdcentral',
    kind: 'vårdcentral',
    street: 'Farstaplan 7',
    postcode: '123 47',
    city: 'Farsta',
    municipality: 'Stockholm',
    phone: '08-465 004 10',
    openingHours: withLateMonday,
    descriptionSv:
      'Vårdcentral för alla åldrar med läkare, distriktssköterskor och kvällsöppet på måndagar.',
    descriptionEn:
      'Health centre for all ages with doctors and district nurses, open late on Mondays.',
  },
  {
    key: 'solna-vc',
    region: 'stockholm',
    hsaId: 'SE2321000016-0102',
    name: 'Vårdcentralen Solna centrum',
    kind: 'vårdcentral',
    street: 'Råsundavägen 51',
    postcode: '171 52',
    city: 'Solna',
    municipality: 'Solna',
    phone: '08-465 004 20',
    openingHours: weekdays('08:00', '17:00'),
    descriptionSv:
      'Vårdcentral med diabetes- och astmamottagning samt provtagning utan tidsbokning.',
    descriptionEn: 'Health centre with diabetes and asthma nurses and walk-in blood tests.',
  },
  {
    key: 'nacka-vc',
    region: 'stockholm',
    hsaId: 'SE2321000016-0103',
    name: 'Nacka vårdcentral',
    kind: 'vårdcentral',
    street: 'Värmdövägen 88',
    postcode: '131 40',
    city: 'Nacka',
    municipality: 'Nacka',
    phone: '08-465 004 30',
    openingHours: weekdays('07:30', '16:30'),
    descriptionSv: 'Vårdcentral med läkare, sjuksköterskor, psykolog och fysioterapeut.',
    descriptionEn: 'Health centre with doctors, nurses, a psychologist and a physiotherapist.',
  },
  {
    key: 'sodermalm-barn',
    region: 'stockholm',
    hsaId: 'SE2321000016-0104',
    name: 'Barn- och ungdomsmottagningen Södermalm',
    kind: 'barnmottagning',
    street: 'Ringvägen 113',
    postcode: '118 60',
    city: 'Stockholm',
    municipality: 'Stockholm',
    phone: '08-465 004 40',
    openingHours: weekdays('08:00', '16:30'),
    descriptionSv:
      'Specialistmottagning för barn och unga 0–17 år med remiss från vårdcentral eller BVC.',
    descriptionEn:
      'Specialist clinic for children and young people aged 0–17, by referral from a health centre or child health centre.',
  },
  {
    key: 'hagersten-bvc',
    region: 'stockholm',
    hsaId: 'SE2321000016-0105',
    name: 'BVC Hägersten',
    kind: 'barnavårdscentral',
    street: 'Hägerstensvägen 140',
    postcode: '129 38',
    city: 'Hägersten',
    municipality: 'Stockholm',
    phone: '08-465 004 50',
    openingHours: weekdays('08:00', '16:00'),
    descriptionSv:
      'Barnavårdscentral för hälsobesök, vaccinationer och råd till föräldrar med barn 0–5 år.',
    descriptionEn:
      'Child health centre for check-ups, vaccinations and advice to parents of children aged 0–5.',
  },
  {
    key: 'sodertalje-um',
    region: 'stockholm',
    hsaId: 'SE2321000016-0106',
    name: 'Ungdomsmottagningen Södertälje',
    kind: 'ungdomsmottagning',
    street: 'Storgatan 24',
    postcode: '151 72',
    city: 'Södertälje',
    municipality: 'Södertälje',
    phone: '08-465 004 60',
    openingHours: youthHours,
    descriptionSv:
      'För dig mellan 13 och 22 år. Barnmorskor och kuratorer, drop-in måndag till torsdag.',
    descriptionEn:
      'For young people aged 13 to 22. Midwives and counsellors, drop-in Monday to Thursday.',
  },
  {
    key: 'odenplan-hud',
    region: 'stockholm',
    hsaId: 'SE2321000016-0107',
    name: 'Hudmottagningen Odenplan',
    kind: 'hudmottagning',
    street: 'Norrtullsgatan 12',
    postcode: '113 45',
    city: 'Stockholm',
    municipality: 'Stockholm',
    phone: '08-465 004 70',
    openingHours: weekdays('08:00', '16:00'),
    descriptionSv:
      'Specialistmottagning för hudsjukdomar, ljusbehandling och bedömning av hudförändringar.',
    descriptionEn:
      'Specialist clinic for skin diseases, light therapy and assessment of skin changes.',
  },
  {
    key: 'danderyd-ortoped',
    region: 'stockholm',
    hsaId: 'SE2321000016-0108',
    name: 'Ortopedmottagningen Danderyd',
    kind: 'ortopedmottagning',
    street: 'Mörbygårdsvägen 6',
    postcode: '182 36',
    city: 'Danderyd',
    municipality: 'Danderyd',
    phone: '08-465 004 80',
    openingHours: weekdays('07:30', '16:00'),
    descriptionSv: 'Mottagning för besvär i leder, skelett och muskler, före och efter operation.',
    descriptionEn: 'Clinic for joint, bone and muscle problems, before and after surgery.',
  },
  {
    key: 'farsta-bmm',
    region: 'stockholm',
    hsaId: 'SE2321000016-0109',
    name: 'Barnmorskemottagningen Farsta',
    kind: 'barnmorskemottagning',
    street: 'Farstaplan 7',
    postcode: '123 47',
    city: 'Farsta',
    municipality: 'Stockholm',
    phone: '08-465 004 90',
    openingHours: weekdays('08:00', '16:30'),
    descriptionSv: 'Graviditetsövervakning, preventivmedel och cellprovtagning.',
    descriptionEn: 'Pregnancy care, contraception and cervical screening.',
  },
  {
    key: 'gamla-stan-vc',
    region: 'stockholm',
    hsaId: 'SE2321000016-0110',
    name: 'Vårdcentralen Gamla stan',
    kind: 'vårdcentral',
    street: 'Stora Nygatan 40',
    postcode: '111 27',
    city: 'Stockholm',
    municipality: 'Stockholm',
    phone: '08-465 004 95',
    openingHours: weekdays('08:00', '17:00'),
    descriptionSv: 'Vårdcentralen har stängt. Patienterna har flyttats till andra vårdcentraler.',
    descriptionEn: 'The health centre has closed. Its patients have moved to other health centres.',
    active: false,
  },
  {
    key: 'majorna-vc',
    region: 'vastra-gotaland',
    hsaId: 'SE2321000016-1401',
    name: 'Vårdcentralen Majorna',
    kind: 'vårdcentral',
    street: 'Allmänna vägen 21',
    postcode: '414 60',
    city: 'Göteborg',
    municipality: 'Göteborg',
    phone: '031-390 06 10',
    openingHours: withLateMonday,
    descriptionSv: 'Vårdcentral i Majorna med läkare, sjuksköterskor och barnavårdscentral.',
    descriptionEn: 'Health centre in Majorna with doctors, nurses and child health services.',
  },
  {
    key: 'molndal-vc',
    region: 'vastra-gotaland',
    hsaId: 'SE2321000016-1402',
    name: 'Mölndals vårdcentral',
    kind: 'vårdcentral',
    street: 'Göteborgsvägen 15',
    postcode: '431 30',
    city: 'Mölndal',
    municipality: 'Mölndal',
    phone: '031-390 06 20',
    openingHours: weekdays('08:00', '17:00'),
    descriptionSv: 'Vårdcentral med läkare, distriktssköterskor och rehabilitering.',
    descriptionEn: 'Health centre with doctors, district nurses and rehabilitation.',
  },
  {
    key: 'angered-barn',
    region: 'vastra-gotaland',
    hsaId: 'SE2321000016-1403',
    name: 'Barnmottagningen Angered',
    kind: 'barnmottagning',
    street: 'Angereds torg 5',
    postcode: '424 65',
    city: 'Angered',
    municipality: 'Göteborg',
    phone: '031-390 06 30',
    openingHours: weekdays('08:00', '16:30'),
    descriptionSv: 'Barnmottagning med barnläkare och barnsjuksköterskor. Tolk bokas vid behov.',
    descriptionEn:
      'Children’s clinic with paediatricians and paediatric nurses. Interpreters on request.',
  },
  {
    key: 'partille-um',
    region: 'vastra-gotaland',
    hsaId: 'SE2321000016-1404',
    name: 'Ungdomsmottagningen Partille',
    kind: 'ungdomsmottagning',
    street: 'Gamla Kronvägen 30',
    postcode: '433 33',
    city: 'Partille',
    municipality: 'Partille',
    phone: '031-390 06 40',
    openingHours: youthHours,
    descriptionSv:
      'För dig mellan 13 och 24 år. Frågor om kropp, sex, relationer och psykisk hälsa.',
    descriptionEn: 'For young people aged 13 to 24. Body, sex, relationships and mental health.',
  },
  {
    key: 'frolunda-hud',
    region: 'vastra-gotaland',
    hsaId: 'SE2321000016-1405',
    name: 'Hudmottagningen Frölunda',
    kind: 'hudmottagning',
    street: 'Frölunda torg 12',
    postcode: '421 42',
    city: 'Västra Frölunda',
    municipality: 'Göteborg',
    phone: '031-390 06 50',
    openingHours: weekdays('08:00', '16:00'),
    descriptionSv: 'Hudmottagning med remiss. Psoriasis, eksem och kontroll av födelsemärken.',
    descriptionEn: 'Skin clinic by referral. Psoriasis, eczema and mole checks.',
  },
  {
    key: 'kiruna-hc',
    region: 'norrbotten',
    hsaId: 'SE2321000016-2501',
    name: 'Kiruna hälsocentral',
    kind: 'hälsocentral',
    street: 'Hjalmar Lundbohmsvägen 31',
    postcode: '981 31',
    city: 'Kiruna',
    municipality: 'Kiruna',
    phone: '0980-319 210',
    openingHours: [
      { days: 'mon-thu', opens: '08:00', closes: '16:30' },
      { days: 'fri', opens: '08:00', closes: '15:00' },
    ],
    descriptionSv: 'Hälsocentral för hela Kiruna kommun. Distansmottagning via video finns.',
    descriptionEn: 'Health centre for all of Kiruna municipality. Video appointments available.',
  },
  {
    key: 'kiruna-bvc',
    region: 'norrbotten',
    hsaId: 'SE2321000016-2502',
    name: 'Barnavårdscentralen Kiruna',
    kind: 'barnavårdscentral',
    street: 'Hjalmar Lundbohmsvägen 31',
    postcode: '981 31',
    city: 'Kiruna',
    municipality: 'Kiruna',
    phone: '0980-319 220',
    openingHours: weekdays('08:00', '16:00'),
    descriptionSv: 'Barnavårdscentral med öppen förskola en förmiddag i veckan.',
    descriptionEn: 'Child health centre with an open playgroup one morning a week.',
  },
  {
    key: 'kiruna-um',
    region: 'norrbotten',
    hsaId: 'SE2321000016-2503',
    name: 'Ungdomsmottagningen Kiruna',
    kind: 'ungdomsmottagning',
    street: 'Geologgatan 7',
    postcode: '981 31',
    city: 'Kiruna',
    municipality: 'Kiruna',
    phone: '0980-319 230',
    openingHours: youthHours,
    descriptionSv: 'För dig mellan 13 och 25 år. Boka tid eller kom på drop-in.',
    descriptionEn: 'For young people aged 13 to 25. Book a time or drop in.',
  },
] as const satisfies readonly ClinicData[];

export type ClinicKey = (typeof CLINICS)[number]['key'];
