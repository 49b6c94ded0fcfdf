import { type CommonCatalogue, sections } from './sv.ts';

/** The shared English catalogue: the same keys as Swedish, which the type enforces. */
export const en: CommonCatalogue = {
  layout: {
    skipLink: 'Skip to main content',
    languageSwitch: 'Language',
    footerNav: 'About the service',
    accessibility: 'Accessibility statement',
    privacy: 'How we handle personal data',
    terms: 'Terms of use',
    footerNote:
      'A service for secure contact between residents and healthcare clinics. Nothing about you is stored in the browser.',
    loading: 'Loading …',
    titleSeparator: ' – ',
  },
  language: {
    sv: 'Svenska',
    en: 'English',
  },
  identity: {
    loggedInAs: 'Logged in as',
    personnummer: 'Personal identity number',
    title: 'Title',
    workplace: 'Workplace',
    roles: 'Roles',
    logout: 'Log out',
    login: 'Log in',
  },
  errorSummary: {
    heading: 'You need to correct the following before you can continue:',
  },
  answerForm: {
    optional: '(optional)',
    yes: 'Yes',
    no: 'No',
    chooseOne: 'Choose',
    occurrence: '{{group}} {{number}}',
    add: 'Add {{group}}',
    remove: 'Remove {{group}} {{number}}',
    maxReached: 'You can add at most {{max}}.',
    occurrenceAdded: '{{group}} {{number}} has been added.',
    occurrenceRemoved: '{{group}} {{number}} has been removed.',
    dateHint: 'Write it as YYYY-MM-DD.',
    summaryItem: '{{label}}: {{message}}',
    inGroup: '{{label}} ({{occurrence}})',
  },
  answerSummary: {
    notAnswered: 'Not answered',
  },
  fieldCounter: {
    under: '%d characters left',
    over: '%d characters too many',
  },
  loginRefusal: {
    title: 'The login could not be completed',
    tryAgain: 'Try logging in again',
    backToStart: 'Back to the start page',
    codes: {
      NOT_IN_POPULATION_REGISTER:
        'We cannot find you in the Swedish population register. To use the service you must be registered in Sweden.',
      DECEASED:
        'According to the population register, this personal identity number cannot log in.',
      NO_PERSONNUMMER:
        'You can only log in with a Swedish personal identity number. A coordination number or a reserve number is unfortunately not enough. Please contact your clinic another way.',
      NOT_IN_HSA_CATALOG:
        "You are not in the region's HSA directory. Contact your manager or the region's access administrator.",
      NO_ACTIVE_ASSIGNMENT:
        "You have no active assignment at any clinic or region. Contact your manager or the region's access administrator.",
      LOGIN_EXPIRED: 'The login took too long and was stopped. Please try again.',
      LOGIN_CANCELLED: 'The login was cancelled. You can try again whenever you like.',
      UNKNOWN: 'Something went wrong during the login. Please try again in a moment.',
    },
  },
  graphqlErrors: {
    UNAUTHENTICATED: 'You are not logged in. Log in to continue.',
    SESSION_EXPIRED: 'You were inactive for too long and have been logged out.',
    FORBIDDEN: 'You are not allowed to do this.',
    NOT_FOUND: 'What you are looking for does not exist, or you do not have access to it.',
    BAD_USER_INPUT: 'Some details need correcting.',
    CONFLICT: 'The information changed in the meantime. Reload the page and try again.',
    INTERNAL_SERVER_ERROR: 'Something went wrong on our side. Please try again in a moment.',
    RATE_LIMITED: 'Too many requests in a short time. Wait a while and then try again.',
    PAYLOAD_TOO_LARGE: 'What you sent was too large to be received.',
    SERVICE_UNAVAILABLE: 'The service is unavailable for a moment. Try again shortly.',
    NETWORK: 'The service could not be reached. Check your connection and try again.',
  },
  session: {
    warningTitle: 'You will soon be logged out',
    warningBody_one:
      'You have not done anything for a while. For your security you will be logged out in {{count}} minute.',
    warningBody_other:
      'You have not done anything for a while. For your security you will be logged out in {{count}} minutes.',
    continue: 'Stay logged in',
    logout: 'Log out',
    continueFailed: 'Your login could not be extended. Please try again.',
  },
  loggedOut: {
    title: 'You have been logged out',
    manual: 'You have logged out of the service.',
    expired:
      'You were logged out automatically because you had not done anything for 60 minutes. This is a security measure that protects your information.',
    sharedComputer:
      'If other people use this computer too, close all browser windows when you are done.',
    nothingStored: 'No information about you remains in the browser.',
    loginAgain: 'Log in again',
  },
  terms: {
    title: 'Terms of use',
    version: 'Version {{version}}',
    intro:
      'These terms apply when you use the service. Read them before you accept. You can read them again at any time through the link at the bottom of the page.',
    acceptTitle: 'Accept the terms of use',
    acceptIntro: 'Before you can use the service you need to read and accept the terms of use.',
    checkbox: 'I have read and accept the terms of use',
    accept: 'Accept and continue',
    mustTick: 'Tick the box to confirm that you have read and accept the terms of use',
    citizen: sections([
      {
        heading: 'What the service is for',
        paragraphs: [
          'The service lets you contact the healthcare clinics that are connected to it, for example to renew prescriptions, cancel or rebook appointments or ask questions. It is not for emergencies.',
        ],
        items: [
          'In an emergency: call 112.',
          'If you need medical advice: call your clinic or the healthcare advice line.',
        ],
      },
      {
        heading: 'Your responsibility',
        paragraphs: [
          'You log in with your own electronic identification and are responsible for what you send. Do not leave the computer unattended while you are logged in, and log out when you are done.',
        ],
      },
      {
        heading: 'Response times',
        paragraphs: [
          'The clinic states how quickly it answers different kinds of requests. The answer arrives in the service, not by e-mail. You may receive a notification that there is a new message.',
        ],
      },
      {
        heading: 'How long requests are kept',
        paragraphs: [
          'A request is deleted, with its messages and attached files, two years after the latest event in the request. This applies to requests that are not closed too. When 30 days or less remain, you see the date in the request and in the inbox.',
          'A draft is deleted if you have not changed it for 30 days.',
        ],
      },
      {
        heading: 'Personal data',
        paragraphs: [
          'Your data is processed under the Swedish Patient Data Act and the General Data Protection Regulation. Read more on the page about how we handle personal data, which also says how long other data is kept.',
        ],
      },
    ]),
    staff: sections([
      {
        heading: 'Authorisation',
        paragraphs: [
          'You may use the service only for your work, and read only the requests you need in order to give care or handle the request.',
        ],
      },
      {
        heading: 'Logging',
        paragraphs: [
          'Every time you open a request it is logged: who you are, which role and workplace you used, which request and when. The clinic reviews the logs regularly, as the Patient Data Act requires.',
        ],
      },
      {
        heading: 'Security',
        paragraphs: [
          'Log out when you leave the computer. You are logged out automatically after 60 minutes without activity.',
        ],
      },
    ]),
  },
  accessibility: {
    title: 'Accessibility statement',
    sections: sections([
      {
        heading: 'Accessibility of the service',
        paragraphs: [
          'We want as many people as possible to be able to use the service. This statement describes how the service meets the Swedish act on accessibility of digital public services, any known shortcomings, and how you can report problems so that we can fix them.',
        ],
      },
      {
        heading: 'How accessible is the service?',
        paragraphs: [
          'The service is built to meet level AA of the Web Content Accessibility Guidelines (WCAG) 2.1. You should be able to:',
        ],
        items: [
          'use the whole service with the keyboard alone,',
          'use a screen reader and speech synthesis,',
          'zoom the text up to 400 percent without losing content,',
          'choose between Swedish and English.',
        ],
      },
      {
        heading: 'Known shortcomings',
        paragraphs: [
          'We know of no shortcomings at the moment. The service is tested continuously, and we update this statement when we find something.',
        ],
      },
      {
        heading: 'What can you do if you cannot use parts of the service?',
        paragraphs: [
          'If you need content in another format, contact your healthcare clinic, which can help you another way, for example by phone.',
        ],
      },
      {
        heading: 'Report shortcomings',
        paragraphs: [
          'We are always working to improve the accessibility of the service. If you find problems that are not described here, or if you think we do not meet the requirements of the law, tell the region that runs the service so that we know about the problem.',
        ],
      },
      {
        heading: 'Supervision',
        paragraphs: [
          'The Agency for Digital Government (Digg) supervises the act on accessibility of digital public services. If you are not satisfied with how we handle your comments, you can contact Digg.',
        ],
      },
      {
        heading: 'How we tested the service',
        paragraphs: [
          'We test the service with automated tools on every change, and by hand with the keyboard, a screen reader and magnification. This statement was last updated in November 2026.',
        ],
      },
    ]),
  },
  privacy: {
    title: 'How we handle personal data',
    staff: sections([
      {
        heading: 'What data we process about you as healthcare staff',
        paragraphs: [
          "When you log in we fetch your name, title, HSA ID and assignments from the region's HSA directory. We record which workplace you choose and which roles you have there.",
        ],
      },
      {
        heading: 'Logging under the Patient Data Act',
        paragraphs: [
          "Every time you open a request, it is recorded in a log that cannot be changed: who you are, which role and workplace you used, which request and when. The clinic's auditors review the log, and residents have the right to find out who has accessed their information.",
        ],
      },
      {
        heading: 'How long the data is kept',
        paragraphs: [
          'The log of which requests you have opened is kept for five years. Requests are deleted two years after the latest event in the request (a message, an assignment or a change of status), requests that are not closed too. The date is shown under About the request.',
        ],
      },
      {
        heading: 'Nothing is stored in the browser',
        paragraphs: [
          'The service stores no requests or personal data on the computer you use: nothing in local storage and nothing in the browser cache. The only cookie is a login cookie that is removed when you log out. Your choice of language is kept only in the page address.',
        ],
      },
      {
        heading: 'Your rights',
        paragraphs: [
          'You have the right to know what data is processed about you and to have incorrect data corrected. Contact your employer, who is the controller of the data in the HSA directory.',
        ],
      },
    ]),
    citizen: sections([
      {
        heading: 'What data we process',
        paragraphs: [
          'When you log in we fetch your name from the population register and check that you are registered in Sweden. We process your personal identity number, your name, what you write in your requests and the answers the clinic sends you.',
        ],
      },
      {
        heading: 'Why we process it',
        paragraphs: [
          'The data is needed so that you can contact the clinic and the clinic can give you care. It is processed under the Swedish Patient Data Act (2008:355) and the General Data Protection Regulation (GDPR).',
        ],
      },
      {
        heading: 'Who can read your request',
        paragraphs: ['A request can be read only by:'],
        items: [
          'you, and your guardian while you are under 13,',
          'the people who receive requests at the clinic you sent it to,',
          'the healthcare staff who handle and answer the request.',
        ],
      },
      {
        heading: 'Logging under the Patient Data Act',
        paragraphs: [
          'Every time someone in healthcare opens your request, it is recorded in a log that cannot be changed: who, in which role, at which clinic, which request and when. The clinic reviews the log, and you have the right to find out who has accessed your information (a log extract).',
        ],
      },
      {
        heading: 'How long the data is kept',
        paragraphs: [
          'Data is deleted automatically every night once the time below has passed. Nothing that has been deleted can be recovered.',
        ],
        items: [
          'Requests, with their messages and attached files: two years after the latest event in the request, for example a new message, a change of status or a new person handling it. This applies to requests that are not closed too. Reading or archiving a request is not an event. When 30 days or less remain, you see the date in the request and in the inbox.',
          'Drafts: 30 days after the latest change.',
          'Your e-mail address and mobile number for notifications: as long as they remain in your notification settings. If you remove them there, they are deleted. The record that a notification was sent, and to which address, is deleted 30 days after it was sent.',
          'The log of who in healthcare has opened your request: five years, also after the request has been deleted, so that it can be reviewed and you can get a log extract. The log contains nothing of what is written in the request.',
        ],
      },
      {
        heading: 'Nothing is stored in your browser',
        paragraphs: [
          'The service stores nothing about you on the computer or phone you use: nothing in local storage and nothing in the browser cache. The only cookie is a login cookie that only the service can read and that is removed when you log out. Your choice of language is kept only in the page address.',
          'You are logged out automatically after 60 minutes without activity. Anything you have started writing is saved as a draft with us, not in the browser.',
        ],
      },
      {
        heading: 'Your rights',
        paragraphs: [
          'You have the right to know what data we hold about you, to have incorrect data corrected and to get a log extract. Contact your region to do so. If you are unhappy with how your data is handled, you can complain to the Swedish Authority for Privacy Protection (IMY).',
        ],
      },
    ]),
  },
  notFound: {
    title: 'Page not found',
    body: 'The page you tried to reach does not exist. Check the address or go to the start page.',
    backToStart: 'Back to the start page',
  },
  serviceStatus: {
    noticeLabel: 'Service status',
    now: { DISTURBANCE: 'Service disruption', MAINTENANCE: 'Maintenance in progress' },
    upcoming: 'Planned maintenance {{when}}',
    noticeLink: 'See service status',
    footerLink: 'Service status',
  },
};
