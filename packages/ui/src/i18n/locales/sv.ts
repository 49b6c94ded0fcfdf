// The shared Swedish catalogue (namespace `common`). Swedish is the source language: English
// (en.ts) must have exactly the same shape, which its type enforces.

/** A block of running text on a content page. */
export type ContentSection = {
  heading: string;
  paragraphs: string[];
  items?: string[];
};

/** Types a list of content sections without widening the catalogue's shape. */
export function sections(list: ContentSection[]): ContentSection[] {
  return list;
}

export const sv = {
  layout: {
    skipLink: 'Till huvudinnehållet',
    languageSwitch: 'Språk',
    footerNav: 'Om tjänsten',
    accessibility: 'Tillgänglighetsredogörelse',
    privacy: 'Så behandlar vi personuppgifter',
    terms: 'Användarvillkor',
    footerNote:
      'En tjänst för säker kontakt mellan invånare och vårdmottagningar. Inga uppgifter om dig sparas i webbläsaren.',
    loading: 'Laddar …',
    titleSeparator: ' – ',
  },
  language: {
    sv: 'Svenska',
    en: 'English',
  },
  identity: {
    loggedInAs: 'Inloggad som',
    personnummer: 'Personnummer',
    title: 'Titel',
    workplace: 'Arbetsplats',
    roles: 'Roller',
    logout: 'Logga ut',
    login: 'Logga in',
  },
  errorSummary: {
    heading: 'Du behöver rätta följande innan du kan gå vidare:',
  },
  answerForm: {
    optional: '(valfri)',
    yes: 'Ja',
    no: 'Nej',
    chooseOne: 'Välj',
    occurrence: '{{group}} {{number}}',
    add: 'Lägg till {{group}}',
    remove: 'Ta bort {{group}} {{number}}',
    maxReached: 'Du kan lägga till högst {{max}}.',
    occurrenceAdded: '{{group}} {{number}} har lagts till.',
    occurrenceRemoved: '{{group}} {{number}} har tagits bort.',
    dateHint: 'Skriv som ÅÅÅÅ-MM-DD.',
    summaryItem: '{{label}}: {{message}}',
    inGroup: '{{label}} ({{occurrence}})',
  },
  answerSummary: {
    notAnswered: 'Inte besvarad',
  },
  fieldCounter: {
    under: '%d tecken kvar',
    over: '%d tecken för mycket',
  },
  loginRefusal: {
    title: 'Inloggningen gick inte att slutföra',
    tryAgain: 'Försök logga in igen',
    backToStart: 'Till startsidan',
    codes: {
      NOT_IN_POPULATION_REGISTER:
        'Vi hittar dig inte i folkbokföringen. För att använda tjänsten måste du vara folkbokförd i Sverige.',
      DECEASED: 'Personnumret går inte att logga in med enligt folkbokföringen.',
      NO_PERSONNUMMER:
        'Du kan bara logga in med ett svenskt personnummer. Med samordningsnummer eller reservnummer går det tyvärr inte. Kontakta din mottagning på annat sätt.',
      NOT_IN_HSA_CATALOG:
        'Du finns inte i regionens HSA-katalog. Kontakta din chef eller regionens behörighetsadministratör.',
      NO_ACTIVE_ASSIGNMENT:
        'Du har inget aktivt medarbetaruppdrag vid någon mottagning eller region. Kontakta din chef eller regionens behörighetsadministratör.',
      LOGIN_EXPIRED: 'Inloggningen tog för lång tid och avbröts. Försök igen.',
      LOGIN_CANCELLED: 'Inloggningen avbröts. Du kan försöka igen när du vill.',
      UNKNOWN: 'Något gick fel vid inloggningen. Försök igen om en stund.',
    },
  },
  graphqlErrors: {
    UNAUTHENTICATED: 'Du är inte inloggad. Logga in för att fortsätta.',
    SESSION_EXPIRED: 'Du har varit inaktiv för länge och har loggats ut.',
    FORBIDDEN: 'Du har inte behörighet att göra det här.',
    NOT_FOUND: 'Det du söker finns inte, eller så har du inte tillgång till det.',
    BAD_USER_INPUT: 'Några uppgifter behöver rättas.',
    CONFLICT: 'Uppgifterna har ändrats under tiden. Ladda om sidan och försök igen.',
    INTERNAL_SERVER_ERROR: 'Något gick fel hos oss. Försök igen om en stund.',
    RATE_LIMITED: 'För många förfrågningar på kort tid. Vänta en stund och försök sedan igen.',
    PAYLOAD_TOO_LARGE: 'Det du skickade var för stort för att tas emot.',
    SERVICE_UNAVAILABLE: 'Tjänsten är tillfälligt otillgänglig. Försök igen om en liten stund.',
    NETWORK: 'Det gick inte att nå tjänsten. Kontrollera din uppkoppling och försök igen.',
  },
  session: {
    warningTitle: 'Du loggas snart ut',
    warningBody_one:
      'Du har inte gjort något på en stund. Av säkerhetsskäl loggas du ut om {{count}} minut.',
    warningBody_other:
      'Du har inte gjort något på en stund. Av säkerhetsskäl loggas du ut om {{count}} minuter.',
    continue: 'Fortsätt vara inloggad',
    logout: 'Logga ut',
    continueFailed: 'Det gick inte att förlänga inloggningen. Försök igen.',
  },
  loggedOut: {
    title: 'Du har loggats ut',
    manual: 'Du har loggat ut från tjänsten.',
    expired:
      'Du loggades ut automatiskt eftersom du inte hade gjort något på 60 minuter. Det är en säkerhetsåtgärd som skyddar dina uppgifter.',
    sharedComputer:
      'Om du använder en dator som andra också använder: stäng alla webbläsarfönster när du är klar.',
    nothingStored: 'Inga uppgifter om dig finns kvar i webbläsaren.',
    loginAgain: 'Logga in igen',
  },
  terms: {
    title: 'Användarvillkor',
    version: 'Version {{version}}',
    intro:
      'Villkoren gäller när du använder tjänsten. Läs dem innan du godkänner. Du kan när som helst läsa dem igen via länken längst ner på sidan.',
    acceptTitle: 'Godkänn användarvillkoren',
    acceptIntro: 'Innan du kan använda tjänsten behöver du läsa och godkänna användarvillkoren.',
    checkbox: 'Jag har läst och godkänner användarvillkoren',
    accept: 'Godkänn och fortsätt',
    mustTick: 'Kryssa i att du har läst och godkänner användarvillkoren',
    citizen: sections([
      {
        heading: 'Vad tjänsten är till för',
        paragraphs: [
          'Tjänsten låter dig kontakta de vårdmottagningar som är anslutna, till exempel för att förnya recept, av- eller omboka tider eller ställa frågor. Den är inte till för akuta ärenden.',
        ],
        items: [
          'Vid akuta ärenden: ring 112.',
          'Om du behöver sjukvårdsrådgivning: ring din mottagning eller sjukvårdsrådgivningen.',
        ],
      },
      {
        heading: 'Ditt ansvar',
        paragraphs: [
          'Du loggar in med din egen e-legitimation och ansvarar för det du skickar. Lämna inte datorn obevakad när du är inloggad, och logga ut när du är klar.',
        ],
      },
      {
        heading: 'Svarstider',
        paragraphs: [
          'Mottagningen anger hur snabbt den svarar på olika typer av ärenden. Svaret kommer i tjänsten, inte med e-post. Du kan få en avisering om att det finns ett nytt meddelande.',
        ],
      },
      {
        heading: 'Hur länge ärenden sparas',
        paragraphs: [
          'Ett ärende raderas, med sina meddelanden och bifogade filer, två år efter den senaste händelsen i ärendet. Det gäller också ärenden som inte är avslutade. När det är 30 dagar eller mindre kvar ser du datumet i ärendet och i inkorgen.',
          'Ett utkast raderas om du inte har ändrat det på 30 dagar.',
        ],
      },
      {
        heading: 'Personuppgifter',
        paragraphs: [
          'Dina uppgifter behandlas enligt patientdatalagen och dataskyddsförordningen. Läs mer på sidan om hur vi behandlar personuppgifter, där det också står hur länge andra uppgifter sparas.',
        ],
      },
    ]),
    staff: sections([
      {
        heading: 'Behörighet',
        paragraphs: [
          'Du får bara använda tjänsten i ditt arbete och bara läsa de ärenden du behöver för att kunna ge vård eller handlägga ärendet.',
        ],
      },
      {
        heading: 'Loggning',
        paragraphs: [
          'Varje gång du öppnar ett ärende loggas det: vem du är, vilken roll och arbetsplats du använde, vilket ärende och när. Mottagningen granskar loggarna regelbundet enligt patientdatalagen.',
        ],
      },
      {
        heading: 'Säkerhet',
        paragraphs: [
          'Logga ut när du lämnar datorn. Du loggas ut automatiskt efter 60 minuter utan aktivitet.',
        ],
      },
    ]),
  },
  accessibility: {
    title: 'Tillgänglighetsredogörelse',
    sections: sections([
      {
        heading: 'Tillgänglighet för tjänsten',
        paragraphs: [
          'Vi vill att så många som möjligt ska kunna använda tjänsten. Den här redogörelsen beskriver hur tjänsten uppfyller lagen om tillgänglighet till digital offentlig service, kända brister och hur du kan rapportera problem så att vi kan åtgärda dem.',
        ],
      },
      {
        heading: 'Hur tillgänglig är tjänsten?',
        paragraphs: [
          'Tjänsten är byggd för att uppfylla nivå AA i Web Content Accessibility Guidelines (WCAG) 2.1. Du ska kunna:',
        ],
        items: [
          'använda hela tjänsten med bara tangentbordet,',
          'använda skärmläsare och talsyntes,',
          'förstora texten upp till 400 procent utan att innehåll försvinner,',
          'välja mellan svenska och engelska.',
        ],
      },
      {
        heading: 'Kända brister',
        paragraphs: [
          'Vi känner inte till några brister just nu. Tjänsten testas löpande, och vi uppdaterar redogörelsen när vi hittar något.',
        ],
      },
      {
        heading: 'Vad kan du göra om du inte kan använda delar av tjänsten?',
        paragraphs: [
          'Om du behöver innehåll i ett annat format kan du kontakta din vårdmottagning, som kan hjälpa dig på annat sätt, till exempel per telefon.',
        ],
      },
      {
        heading: 'Rapportera brister',
        paragraphs: [
          'Vi strävar hela tiden efter att förbättra tjänstens tillgänglighet. Om du upptäcker problem som inte beskrivs här, eller om du anser att vi inte uppfyller lagens krav, meddela den region som driver tjänsten så att vi får veta att problemet finns.',
        ],
      },
      {
        heading: 'Tillsyn',
        paragraphs: [
          'Myndigheten för digital förvaltning (Digg) har ansvaret för tillsyn av lagen om tillgänglighet till digital offentlig service. Om du inte är nöjd med hur vi hanterar dina synpunkter kan du kontakta Digg och påtala det.',
        ],
      },
      {
        heading: 'Hur vi testat tjänsten',
        paragraphs: [
          'Vi testar tjänsten med automatiska verktyg vid varje ändring, och manuellt med tangentbord, skärmläsare och förstoring. Redogörelsen uppdaterades senast i november 2026.',
        ],
      },
    ]),
  },
  privacy: {
    title: 'Så behandlar vi personuppgifter',
    staff: sections([
      {
        heading: 'Vilka uppgifter vi behandlar om dig som arbetar i vården',
        paragraphs: [
          'När du loggar in hämtar vi ditt namn, din titel, ditt HSA-id och dina medarbetaruppdrag från regionens HSA-katalog. Vi sparar vilken arbetsplats du väljer och vilka roller du har där.',
        ],
      },
      {
        heading: 'Loggning enligt patientdatalagen',
        paragraphs: [
          'Varje gång du öppnar ett ärende sparas det i en logg som inte går att ändra: vem du är, vilken roll och arbetsplats du använde, vilket ärende och när. Mottagningens granskare följer upp loggen, och invånaren har rätt att få veta vem som har tagit del av hens uppgifter.',
        ],
      },
      {
        heading: 'Hur länge uppgifterna sparas',
        paragraphs: [
          'Loggen över vilka ärenden du har öppnat sparas i fem år. Ärenden raderas två år efter den senaste händelsen i ärendet (ett meddelande, en tilldelning eller en ändrad status), också ärenden som inte är avslutade. Datumet står under Om ärendet.',
        ],
      },
      {
        heading: 'Inget sparas i webbläsaren',
        paragraphs: [
          'Tjänsten sparar inga ärenden eller personuppgifter på datorn du använder: ingenting i lokal lagring eller i webbläsarens cache. Den enda kakan är en inloggningskaka som tas bort när du loggar ut. Ditt val av språk finns bara i sidans adress.',
        ],
      },
      {
        heading: 'Dina rättigheter',
        paragraphs: [
          'Du har rätt att få veta vilka uppgifter som behandlas om dig och att få felaktiga uppgifter rättade. Vänd dig till din arbetsgivare, som är personuppgiftsansvarig för uppgifterna i HSA-katalogen.',
        ],
      },
    ]),
    citizen: sections([
      {
        heading: 'Vilka uppgifter vi behandlar',
        paragraphs: [
          'När du loggar in hämtar vi ditt namn från folkbokföringen och kontrollerar att du är folkbokförd. Vi behandlar ditt personnummer, ditt namn och det du själv skriver i dina ärenden, och de svar som vården skickar dig.',
        ],
      },
      {
        heading: 'Varför vi behandlar dem',
        paragraphs: [
          'Uppgifterna behövs för att du ska kunna kontakta vården och för att vården ska kunna ge dig vård. Behandlingen sker enligt patientdatalagen (2008:355) och dataskyddsförordningen (GDPR).',
        ],
      },
      {
        heading: 'Vem som kan läsa ditt ärende',
        paragraphs: ['Ett ärende kan bara läsas av:'],
        items: [
          'dig, och din vårdnadshavare så länge du är under 13 år,',
          'de som tar emot ärenden på den mottagning du skickade det till,',
          'den vårdpersonal som handlägger och svarar på ärendet.',
        ],
      },
      {
        heading: 'Loggning enligt patientdatalagen',
        paragraphs: [
          'Varje gång någon i vården öppnar ditt ärende sparas det i en logg som inte går att ändra: vem, i vilken roll, på vilken mottagning, vilket ärende och när. Mottagningen granskar loggen, och du har rätt att få veta vem som har tagit del av dina uppgifter (loggutdrag).',
        ],
      },
      {
        heading: 'Hur länge uppgifterna sparas',
        paragraphs: [
          'Uppgifterna raderas automatiskt varje natt när tiden nedan har gått ut. Det går inte att få tillbaka något som har raderats.',
        ],
        items: [
          'Ärenden, med sina meddelanden och bifogade filer: två år efter den senaste händelsen i ärendet, till exempel ett nytt meddelande, en ändrad status eller att ärendet har fått en ny handläggare. Det gäller också ärenden som inte är avslutade. Att du läser eller arkiverar ett ärende räknas inte som en händelse. När det är 30 dagar eller mindre kvar ser du datumet i ärendet och i inkorgen.',
          'Utkast: 30 dagar efter den senaste ändringen.',
          'Din e-postadress och ditt mobilnummer för aviseringar: så länge de finns kvar i dina inställningar för aviseringar. Tar du bort dem där raderas de. Uppgiften om att ett besked har skickats, och till vilken adress, raderas 30 dagar efter att det skickades.',
          'Loggen över vem i vården som har öppnat ditt ärende: fem år, också efter att ärendet har raderats, så att den kan granskas och du kan få ett loggutdrag. Loggen innehåller inget av det som står i ärendet.',
        ],
      },
      {
        heading: 'Inget sparas i din webbläsare',
        paragraphs: [
          'Tjänsten sparar inga uppgifter om dig på datorn eller telefonen du använder: ingenting i lokal lagring eller i webbläsarens cache. Den enda kakan är en inloggningskaka som bara tjänsten kan läsa och som tas bort när du loggar ut. Ditt val av språk finns bara i sidans adress.',
          'Du loggas ut automatiskt efter 60 minuter utan aktivitet. Det du har börjat skriva sparas som ett utkast hos oss, inte i webbläsaren.',
        ],
      },
      {
        heading: 'Dina rättigheter',
        paragraphs: [
          'Du har rätt att få veta vilka uppgifter vi har om dig, att få felaktiga uppgifter rättade och att få ett loggutdrag. Kontakta din region för att göra det. Om du är missnöjd med hur dina uppgifter behandlas kan du lämna klagomål till Integritetsskyddsmyndigheten (IMY).',
        ],
      },
    ]),
  },
  notFound: {
    title: 'Sidan finns inte',
    body: 'Sidan du försökte nå finns inte. Kontrollera adressen eller gå till startsidan.',
    backToStart: 'Till startsidan',
  },
  serviceStatus: {
    noticeLabel: 'Driftinformation',
    now: { DISTURBANCE: 'Driftstörning', MAINTENANCE: 'Underhåll pågår' },
    upcoming: 'Planerat underhåll {{when}}',
    noticeLink: 'Se driftstatus',
    footerLink: 'Driftstatus',
  },
};

/** The shape every language's common catalogue must have. */
export type CommonCatalogue = typeof sv;
