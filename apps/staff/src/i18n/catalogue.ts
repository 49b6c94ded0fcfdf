// The staff SPA's own texts (namespace `app`); shared texts live in @etj/ui's `common`.

export const sv = {
  product: {
    name: 'E-tjänster för vården',
    tagline: 'För vårdpersonal',
    documentTitle: 'E-tjänster för vården, personal',
  },
  start: {
    title: 'Logga in för att arbeta med ärenden',
    lead: 'Här tar du emot, fördelar och besvarar ärenden från invånare, och administrerar din mottagnings e-tjänster.',
    howTitle: 'Så loggar du in',
    how: 'Du loggar in med ditt SITHS-kort. Vid varje inloggning kontrollerar vi i regionens HSA-katalog att du har ett aktivt medarbetaruppdrag.',
    login: 'Logga in',
    notice:
      'Allt du öppnar loggas enligt patientdatalagen: vem du är, vilken roll och arbetsplats du använder och när.',
    security: 'Av säkerhetsskäl loggas du ut efter 60 minuter utan aktivitet.',
  },
  home: {
    title: 'Översikt',
    lead: 'Du arbetar nu för arbetsplatsen nedan, med de roller du har där.',
    switchUnit: 'Byt arbetsplats',
    hsaId: 'HSA-id',
    workplace: '{{name}} ({{kind}}), {{region}}',
  },
  units: {
    title: 'Välj arbetsplats',
    switchTitle: 'Byt arbetsplats',
    lead: 'Välj den arbetsplats du arbetar för nu. Du får de roller du har där, och allt du gör loggas med den arbetsplatsen.',
    legend: 'Arbetsplats',
    choose: 'Välj en arbetsplats',
    submit: 'Fortsätt',
    cancel: 'Avbryt',
    noUnits:
      'Du har inga aktiva uppdrag. Kontakta din chef eller regionens behörighetsadministratör.',
    description: '{{kind}} i {{region}}. Roller: {{roles}}',
  },
  unitKinds: {
    CLINIC: 'Mottagning',
    REGION: 'Region',
  },
  roles: {
    AUDITOR: 'Granskare',
    CAREGIVER: 'Vårdgivare',
    CASE_RECEIVER: 'Ärendemottagare',
    CLINIC_ADMIN: 'Administratör',
    REGION_ADMIN: 'Regional förvaltare',
  },
};

export const en: typeof sv = {
  product: {
    name: 'Healthcare e-services',
    tagline: 'For healthcare staff',
    documentTitle: 'Healthcare e-services, staff',
  },
  start: {
    title: 'Log in to work with requests',
    lead: 'Here you receive, assign and answer requests from residents, and administer your clinic’s e-services.',
    howTitle: 'How to log in',
    how: 'You log in with your SITHS card. Every time you log in we check in the region’s HSA directory that you have an active assignment.',
    login: 'Log in',
    notice:
      'Everything you open is logged under the Patient Data Act: who you are, which role and workplace you use, and when.',
    security: 'For security you are logged out after 60 minutes without activity.',
  },
  home: {
    title: 'Overview',
    lead: 'You are now working for the workplace below, with the roles you have there.',
    switchUnit: 'Change workplace',
    hsaId: 'HSA ID',
    workplace: '{{name}} ({{kind}}), {{region}}',
  },
  units: {
    title: 'Choose workplace',
    switchTitle: 'Change workplace',
    lead: 'Choose the workplace you are working for now. You get the roles you have there, and everything you do is logged with that workplace.',
    legend: 'Workplace',
    choose: 'Choose a workplace',
    submit: 'Continue',
    cancel: 'Cancel',
    noUnits:
      'You have no active assignments. Contact your manager or the region’s access administrator.',
    description: '{{kind}} in {{region}}. Roles: {{roles}}',
  },
  unitKinds: {
    CLINIC: 'Clinic',
    REGION: 'Region',
  },
  roles: {
    AUDITOR: 'Auditor',
    CAREGIVER: 'Caregiver',
    CASE_RECEIVER: 'Case receiver',
    CLINIC_ADMIN: 'Administrator',
    REGION_ADMIN: 'Regional manager',
  },
};
