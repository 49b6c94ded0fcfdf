// The citizen SPA's own texts (namespace `app`); shared texts live in @etj/ui's `common`.

export const sv = {
  product: {
    name: 'E-tjänster för vården',
    tagline: 'För invånare',
    documentTitle: 'E-tjänster för vården',
  },
  start: {
    title: 'Kontakta din vårdmottagning',
    lead: 'Här kan du på ett säkert sätt kontakta din vårdmottagning, till exempel för att förnya ett recept, av- eller omboka en tid eller ställa en fråga.',
    howTitle: 'Så loggar du in',
    how: 'Du loggar in med e-legitimation, till exempel BankID eller Freja eID. Vid varje inloggning kontrollerar vi mot folkbokföringen att du är folkbokförd i Sverige.',
    login: 'Logga in',
    notice: 'Tjänsten är inte till för akuta ärenden. Vid akuta ärenden: ring 112.',
    security: 'Av säkerhetsskäl loggas du ut efter 60 minuter utan aktivitet.',
  },
  home: {
    title: 'Översikt',
    lead: 'Här samlas dina ärenden och meddelanden från vården.',
    logoutHint:
      'Logga ut när du är klar, särskilt om du använder en dator som andra också använder.',
  },
};

export const en: typeof sv = {
  product: {
    name: 'Healthcare e-services',
    tagline: 'For residents',
    documentTitle: 'Healthcare e-services',
  },
  start: {
    title: 'Contact your healthcare clinic',
    lead: 'Here you can contact your healthcare clinic securely, for example to renew a prescription, cancel or rebook an appointment or ask a question.',
    howTitle: 'How to log in',
    how: 'You log in with electronic identification, for example BankID or Freja eID. Every time you log in we check with the population register that you are registered in Sweden.',
    login: 'Log in',
    notice: 'The service is not for emergencies. In an emergency: call 112.',
    security: 'For your security you are logged out after 60 minutes without activity.',
  },
  home: {
    title: 'Overview',
    lead: 'Your requests and messages from the clinic are gathered here.',
    logoutHint: 'Log out when you are done, especially if other people use this computer too.',
  },
};
