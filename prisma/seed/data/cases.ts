// The demo cases: what citizens sent and what the clinic did with them, as stories of steps.
// Every moment is relative to the seed date, so the queue looks the same whenever the seed runs:
// a few fresh cases, a few waiting longer than three days, work in progress, answers and closed
// cases. cases.ts turns the stories into rows and checks each step against the case rules.
import type { NationalKind } from './offerings.ts';
import type { ClinicKey } from './clinics.ts';
import type { NamedStaffKey } from './staff.ts';

/** A Stockholm wall-clock time (HH:MM) this many days before the seed date. */
export type Moment = { daysAgo: number; at: string };

export type OutcomeSpec =
  | {
      kind: 'APPOINTMENT_BOOKED';
      /** Days from the seed date, moved to a weekday; negative for an appointment already past. */
      inDays: number;
      at: string;
      place: string;
    }
  | { kind: 'PRESCRIPTION_RENEWED' }
  | { kind: 'PLEASE_CALL_US'; phone: string };

export type CaseStep =
  /** A staff member opens the case (an access-log row, nothing else). */
  | { kind: 'read'; by: NamedStaffKey; when: Moment }
  | { kind: 'assign'; by: NamedStaffKey; to: NamedStaffKey; when: Moment }
  | { kind: 'note'; by: NamedStaffKey; text: string; when: Moment }
  | {
      kind: 'ANSWER' | 'PARTIAL_ANSWER' | 'COUNTER_QUESTION';
      by: NamedStaffKey;
      text: string;
      outcomes?: OutcomeSpec[];
      /** An answer that also closes the case. */
      close?: true;
      when: Moment;
      /** When the case subject read it in the inbox; null while unread. */
      read: Moment | null;
    }
  | { kind: 'CITIZEN_REPLY'; text: string; when: Moment }
  | { kind: 'close'; by: NamedStaffKey; when: Moment };

/** A date answer: `date(n)` is the calendar date n days from the seed date. */
export type DateFrom = (daysFromToday: number) => string;

export type CaseStory = {
  key: string;
  clinic: ClinicKey;
  type: NationalKind;
  /** The person the case is about, who also sent it (a persona or background person key). */
  subject: string;
  sent: Moment;
  answers: (date: DateFrom) => Record<string, unknown>;
  steps: readonly CaseStep[];
  /** The status the steps must end in; the builder fails if they do not. */
  status: 'NEW' | 'ASSIGNED' | 'ANSWERED' | 'WAITING_FOR_CITIZEN' | 'CLOSED';
  /** The citizen filed the case away in the inbox. */
  archived?: Moment;
  /** A photo sent with the case (a tiny PNG drawn in code). */
  photo?: { fileName: string };
};

const FARSTA_PLACE = 'Farsta vårdcentral, Farstaplan 7, Farsta';
const FARSTA_PHONE = '08-465 004 10';

const m = (daysAgo: number, at: string): Moment => ({ daysAgo, at });

export const CASE_STORIES: readonly CaseStory[] = [
  // Karin Holm, the citizen persona: an unread answer and a question waiting for her.
  {
    key: 'karin-prescription',
    clinic: 'farsta-vc',
    type: 'RENEW_PRESCRIPTION',
    subject: 'adult',
    sent: m(6, '19:42'),
    answers: () => ({
      medicines: [
        { name: 'Levaxin', strength: '50 mikrogram', dosage: '1 tablett på morgonen' },
        { name: 'Omeprazol', strength: '20 mg', dosage: '1 kapsel vid behov' },
      ],
      furtherInformation: 'Levaxin tar slut nästa vecka.',
    }),
    steps: [
      { kind: 'assign', by: 'case-receiver', to: 'doctor', when: m(5, '08:22') },
      {
        kind: 'ANSWER',
        by: 'doctor',
        text: 'Hej Karin! Jag har förnyat dina recept på Levaxin och Omeprazol. De finns att hämta ut på valfritt apotek från i morgon. Vi ses på den årliga kontrollen av sköldkörteln i vår.\n\nVänliga hälsningar\nPer Hedlund, specialistläkare',
        outcomes: [{ kind: 'PRESCRIPTION_RENEWED' }],
        when: m(4, '13:05'),
        read: null,
      },
    ],
    status: 'ANSWERED',
  },
  {
    key: 'karin-knee',
    clinic: 'farsta-vc',
    type: 'REQUEST_APPOINTMENT',
    subject: 'adult',
    sent: m(3, '07:18'),
    answers: () => ({
      contactReason:
        'Jag har haft ont i höger knä i tre veckor, mest när jag går i trappor. Det har börjat svullna på kvällarna.',
      preferredTimeOfDay: ['afternoon'],
      preferredTimes: 'Efter kl. 14 på vardagar',
    }),
    steps: [
      { kind: 'assign', by: 'case-receiver', to: 'nurse', when: m(3, '09:40') },
      {
        kind: 'COUNTER_QUESTION',
        by: 'nurse',
        text: 'Hej Karin! För att boka rätt sorts tid behöver jag veta lite mer: har du slagit i knät eller vridit det, och kan du stödja på benet som vanligt? Har du feber?\n\nVänliga hälsningar\nSofia Berglund, distriktssköterska',
        when: m(2, '10:12'),
        read: null,
      },
    ],
    status: 'WAITING_FOR_CITIZEN',
  },

  // New in the queue: two fresh, two older than three days.
  {
    key: 'new-prescription',
    clinic: 'farsta-vc',
    type: 'RENEW_PRESCRIPTION',
    subject: 'bg-15-1',
    sent: m(1, '21:15'),
    answers: () => ({
      medicines: [
        { name: 'Enalapril', strength: '10 mg', dosage: '1 tablett på morgonen' },
        { name: 'Simvastatin', strength: '20 mg', dosage: '1 tablett till kvällen' },
      ],
      furtherInformation:
        'Jag har ett återbesök inbokat om två månader men tabletterna tar slut innan dess.',
    }),
    steps: [],
    status: 'NEW',
  },
  {
    key: 'new-back-pain',
    clinic: 'farsta-vc',
    type: 'REQUEST_APPOINTMENT',
    subject: 'bg-8-2',
    sent: m(2, '07:55'),
    answers: () => ({
      contactReason:
        'Jag har haft ont i ländryggen i snart två veckor och det blir inte bättre trots värktabletter. Jag jobbar på lager och kan inte lyfta.',
      preferredTimeOfDay: ['morning'],
      preferredTimes: 'Helst före kl. 10',
    }),
    steps: [],
    status: 'NEW',
  },
  {
    key: 'new-test-results',
    clinic: 'farsta-vc',
    type: 'CONTACT_ME',
    subject: 'bg-32-1',
    sent: m(5, '12:30'),
    answers: () => ({
      whom: 'Per Hedlund',
      reason: 'test-results',
      message: 'Jag lämnade blodprover för två veckor sedan och har inte fått något svar.',
      contactMethod: 'phone',
      phoneNumber: '+46701740655',
      phoneTimes: 'Vardagar efter kl. 15',
    }),
    steps: [{ kind: 'read', by: 'case-receiver', when: m(4, '08:35') }],
    status: 'NEW',
  },
  {
    key: 'new-driving-licence',
    clinic: 'farsta-vc',
    type: 'REQUEST_CERTIFICATE',
    subject: 'bg-30-2',
    sent: m(8, '16:20'),
    answers: (date) => ({
      certificateKind: 'driving-licence',
      requestType: 'renewal',
      previousIssuer: 'Per Hedlund, Farsta vårdcentral',
      currentValidUntil: date(40),
      message:
        'Jag har diabetes typ 1 och behöver ett nytt läkarintyg till Transportstyrelsen för mitt C-körkort.',
    }),
    steps: [],
    status: 'NEW',
  },

  // Assigned and being worked on.
  {
    key: 'assigned-rash',
    clinic: 'farsta-vc',
    type: 'ASK_NURSE',
    subject: 'bg-34-1',
    sent: m(4, '10:05'),
    answers: () => ({
      question:
        'Jag har fått ett kliande utslag på underarmen sedan jag bytte tvättmedel. Ska jag oroa mig? Jag skickar med en bild.',
      hasFever: false,
      hasPain: false,
      takesMedication: true,
      medications: 'Waran, Metoprolol',
      duration: '4-7-days',
    }),
    photo: { fileName: 'utslag-underarm.png' },
    steps: [
      {
        kind: 'note',
        by: 'case-receiver',
        text: 'Bild på utslaget bifogad. Patienten står på Waran, så Sofia tar den.',
        when: m(3, '08:14'),
      },
      { kind: 'assign', by: 'case-receiver', to: 'nurse', when: m(3, '08:15') },
    ],
    status: 'ASSIGNED',
  },
  {
    key: 'assigned-sick-leave',
    clinic: 'farsta-vc',
    type: 'EXTEND_SICK_LEAVE',
    subject: 'bg-10-2',
    sent: m(3, '09:40'),
    answers: (date) => ({
      currentEndDate: date(4),
      reason: 'awaiting-measure',
      awaitedMeasure: 'Titthålsoperation av menisken i vänster knä',
      measureDate: date(25),
      extent: '100',
      description:
        'Jag arbetar som undersköterska i hemtjänsten och kan inte gå i trappor eller lyfta. Knät låser sig flera gånger om dagen.',
    }),
    steps: [{ kind: 'assign', by: 'case-receiver', to: 'doctor', when: m(3, '11:02') }],
    status: 'ASSIGNED',
  },
  {
    // Per answered in part and handed over: he still reads it as a caregiver who wrote in it.
    key: 'assigned-blood-pressure',
    clinic: 'farsta-vc',
    type: 'ADVICE',
    subject: 'bg-28-2',
    sent: m(10, '18:30'),
    answers: () => ({
      question:
        'Jag mäter blodtrycket hemma sedan jag började med nya tabletter. På morgonen ligger det runt 150/90, på kvällen lägre. Är det för högt?',
    }),
    steps: [
      { kind: 'assign', by: 'case-receiver', to: 'doctor', when: m(9, '08:30') },
      {
        kind: 'PARTIAL_ANSWER',
        by: 'doctor',
        text: 'Hej Lennart! Morgonvärdena är lite höga men inget att oroa sig för just nu. Fortsätt mäta morgon och kväll i två veckor. Distriktssköterskan Sofia Berglund hör av sig och går igenom värdena med dig.\n\nVänliga hälsningar\nPer Hedlund, specialistläkare',
        when: m(9, '15:40'),
        read: m(9, '19:02'),
      },
      {
        kind: 'note',
        by: 'doctor',
        text: 'Överväg att höja Amlodipin till 10 mg om morgonvärdena ligger kvar över 140/90.',
        when: m(9, '15:44'),
      },
      { kind: 'assign', by: 'case-receiver', to: 'nurse', when: m(8, '09:10') },
      { kind: 'read', by: 'doctor', when: m(2, '13:20') },
    ],
    status: 'ASSIGNED',
  },
  {
    // Back and forth: a counter-question, the citizen's reply, back with the nurse.
    key: 'assigned-aids-reply',
    clinic: 'farsta-vc',
    type: 'RENEW_AIDS',
    subject: 'bg-12-2',
    sent: m(9, '11:10'),
    answers: () => ({
      aids: [
        {
          category: 'compression',
          productName: 'Mediven Plus kompressionsstrumpa',
          size: 'L',
          consumption: 1,
          consumptionPeriod: 'day',
          packages: 2,
        },
        {
          category: 'diabetes',
          productName: 'Teststickor Contour Next',
          consumption: 3,
          consumptionPeriod: 'day',
          packages: 4,
        },
      ],
      otherInformation: 'Strumporna har blivit för korta efter operationen.',
    }),
    steps: [
      { kind: 'assign', by: 'case-receiver', to: 'nurse', when: m(8, '08:50') },
      {
        kind: 'COUNTER_QUESTION',
        by: 'nurse',
        text: 'Hej Bo! Vill du ha samma strumpor i längre modell, eller behöver vi mäta benen på nytt? Mäta kan vi göra på mottagningen en vardagsförmiddag.\n\nVänliga hälsningar\nSofia Berglund, distriktssköterska',
        when: m(7, '14:25'),
        read: m(6, '09:12'),
      },
      {
        kind: 'CITIZEN_REPLY',
        text: 'Jag kommer gärna in och mäter. Tisdag eller torsdag förmiddag passar bäst.',
        when: m(6, '09:20'),
      },
    ],
    status: 'ASSIGNED',
  },

  // Answered.
  {
    key: 'answered-appointment',
    clinic: 'farsta-vc',
    type: 'REQUEST_APPOINTMENT',
    subject: 'bg-10-1',
    sent: m(12, '08:05'),
    answers: () => ({
      contactReason:
        'Jag har hosta och har varit andfådd i en månad. Jag vill gärna träffa en läkare.',
      preferredTimeOfDay: ['morning', 'afternoon'],
    }),
    steps: [
      { kind: 'assign', by: 'case-receiver', to: 'doctor', when: m(11, '08:40') },
      {
        kind: 'ANSWER',
        by: 'doctor',
        text: 'Hej Milica! Jag har bokat en tid hos mig. Ta gärna med en lista över de läkemedel du använder. Om tiden inte passar kan du av- eller omboka den här i e-tjänsterna.\n\nVänliga hälsningar\nPer Hedlund, specialistläkare',
        outcomes: [{ kind: 'APPOINTMENT_BOOKED', inDays: 6, at: '09:30', place: FARSTA_PLACE }],
        when: m(11, '11:50'),
        read: m(10, '07:45'),
      },
    ],
    status: 'ANSWERED',
  },
  {
    // Answered straight from the queue by the receiver.
    key: 'answered-call-us',
    clinic: 'farsta-vc',
    type: 'CONTACT_ME',
    subject: 'bg-20-1',
    sent: m(7, '13:45'),
    answers: () => ({
      reason: 'other',
      message: 'Jag behöver hjälp att flytta mina journaluppgifter från min förra vårdcentral.',
      contactMethod: 'message',
    }),
    steps: [
      {
        kind: 'ANSWER',
        by: 'case-receiver',
        text: 'Hej Amra! Det är enklast att vi tar det på telefon. Ring oss på telefontiden vardagar kl. 8–10 så hjälper vi dig.\n\nVänliga hälsningar\nLena Mattsson, Farsta vårdcentral',
        outcomes: [{ kind: 'PLEASE_CALL_US', phone: FARSTA_PHONE }],
        when: m(6, '09:05'),
        read: null,
      },
    ],
    status: 'ANSWERED',
  },
  {
    key: 'answered-prescription',
    clinic: 'farsta-vc',
    type: 'RENEW_PRESCRIPTION',
    subject: 'bg-19-1',
    sent: m(16, '10:20'),
    answers: () => ({
      medicines: [{ name: 'Alvedon', strength: '665 mg', dosage: '2 tabletter morgon och kväll' }],
    }),
    steps: [
      { kind: 'assign', by: 'case-receiver', to: 'doctor', when: m(15, '08:25') },
      {
        kind: 'ANSWER',
        by: 'doctor',
        text: 'Hej Emine! Receptet på Alvedon 665 mg är förnyat och gäller i ett år.\n\nVänliga hälsningar\nPer Hedlund, specialistläkare',
        outcomes: [{ kind: 'PRESCRIPTION_RENEWED' }],
        when: m(14, '16:10'),
        read: m(13, '10:02'),
      },
    ],
    status: 'ANSWERED',
  },

  // Waiting for the citizen.
  {
    key: 'waiting-sore-throat',
    clinic: 'farsta-vc',
    type: 'ASK_NURSE',
    subject: 'bg-36-1',
    sent: m(6, '07:30'),
    answers: () => ({
      question: 'Jag har haft ont i halsen och feber i fyra dagar. Behöver jag komma in?',
      hasFever: true,
      temperature: '38,7',
      hasPain: true,
      painLocation: 'I halsen, mest när jag sväljer',
      painIntensity: 6,
      takesMedication: false,
      duration: '4-7-days',
    }),
    steps: [
      { kind: 'assign', by: 'case-receiver', to: 'nurse', when: m(6, '08:10') },
      {
        kind: 'COUNTER_QUESTION',
        by: 'nurse',
        text: 'Hej Omar! Har du vita beläggningar på halsmandlarna, och har du svårt att svälja saliv eller att andas? Blir det svårt att andas ska du ringa 112 direkt.\n\nVänliga hälsningar\nSofia Berglund, distriktssköterska',
        when: m(6, '09:55'),
        read: m(5, '18:40'),
      },
    ],
    status: 'WAITING_FOR_CITIZEN',
  },

  // Closed.
  {
    key: 'closed-rebook',
    clinic: 'farsta-vc',
    type: 'CANCEL_REBOOK_APPOINTMENT',
    subject: 'bg-6-1',
    sent: m(20, '22:10'),
    answers: (date) => ({
      appointmentDate: date(-14),
      appointmentDetails: 'Kl. 10.15 hos distriktssköterskan',
      action: 'rebook',
      preferredTimes: 'Efter kl. 15, jag har föreläsningar på förmiddagarna',
    }),
    steps: [
      {
        kind: 'ANSWER',
        by: 'case-receiver',
        text: 'Hej Alma! Din tid är flyttad till den nya tiden nedan.\n\nVänliga hälsningar\nLena Mattsson, Farsta vårdcentral',
        outcomes: [{ kind: 'APPOINTMENT_BOOKED', inDays: -9, at: '15:30', place: FARSTA_PLACE }],
        when: m(19, '08:45'),
        read: m(19, '12:30'),
      },
      { kind: 'close', by: 'case-receiver', when: m(17, '08:05') },
    ],
    status: 'CLOSED',
    archived: m(8, '20:15'),
  },
  {
    key: 'closed-record-copy',
    clinic: 'farsta-vc',
    type: 'ORDER_RECORD_COPY',
    subject: 'bg-2-1',
    sent: m(30, '14:00'),
    answers: (date) => ({
      scope: 'period',
      periodFrom: date(-400),
      periodTo: date(-35),
      delivery: 'post',
      message: 'Jag behöver kopian till ett försäkringsärende.',
    }),
    steps: [
      { kind: 'assign', by: 'case-receiver', to: 'doctor', when: m(29, '08:30') },
      {
        kind: 'ANSWER',
        by: 'doctor',
        text: 'Hej Margit! Journalkopian för perioden har skickats med brev till din folkbokföringsadress. Den kommer inom några dagar.\n\nVänliga hälsningar\nPer Hedlund, specialistläkare',
        close: true,
        when: m(26, '11:15'),
        read: m(25, '08:50'),
      },
    ],
    status: 'CLOSED',
  },

  // Another clinic: Farsta's staff never see it.
  {
    key: 'solna-advice',
    clinic: 'solna-vc',
    type: 'ADVICE',
    subject: 'bg-55-1',
    sent: m(2, '20:05'),
    answers: () => ({
      question: 'Kan jag vaccinera mig mot influensa samtidigt som jag tar antibiotika?',
    }),
    steps: [],
    status: 'NEW',
  },
];
